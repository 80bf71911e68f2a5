/** `npm run serve`: serves the built `_site/` on http://127.0.0.1:PORT (default 8080) like the CDN. */
import { serveSite } from "../lib/hosting/serve.ts";

const port = Number(process.env.PORT ?? 8080);
await serveSite("_site", port);
console.log(`_site/ unter http://127.0.0.1:${port}/ (Strg+C beendet)`);
