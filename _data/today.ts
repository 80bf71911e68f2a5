/**
 * Today's date in Europe/Berlin (`JJJJ-MM-TT`, fixed by SEZ_TODAY): what the funding rounds,
 * the front page's events and every other date comparison of the layouts use.
 */
import { runMode } from "../lib/load/run-mode.ts";

export default runMode().today;
