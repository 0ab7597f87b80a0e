// Injected on demand (the popup's "Save a report"), never on every page: the sanitised skeleton
// of the page the user opened, for a bug report. Left in the isolated world for the popup's
// second executeScript call to collect; nothing of it reaches the page's own scripts.
import { pageReport } from '../linkedin/report';

(globalThis as { __coffeeChatCoachReport?: string }).__coffeeChatCoachReport = pageReport(
  document,
  location.href,
);
