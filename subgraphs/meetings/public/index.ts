/**
 * What other parts of the hub may know of meetings: the gateway's routes (calendar feeds, report files). Nothing else of
 * this folder is imported from outside it (ESLint enforces it).
 */
export * from './calendar-feed.route';
export * from './report-files.route';
export * from './report-page.route';
