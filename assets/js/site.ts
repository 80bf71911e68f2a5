/**
 * The site's only script, loaded as a deferred module. Everything it does is an enhancement:
 * without it, email addresses stay readable, the menu stays open and print works via the
 * browser menu.
 */
import { enhanceEmails } from "./email.ts";
import { enhanceNavigation } from "./navigation.ts";
import { enhancePrintButtons } from "./print.ts";
import { highlightSearchTerms } from "./search-highlight.ts";

enhanceEmails(document);
enhancePrintButtons(document);
enhanceNavigation(document);
void highlightSearchTerms(window.location);
