// Shows dates ("3 天后", "2026年11月28日 星期六") in the language of the labels. Loaded by Tasklist, Cockpit and
// Admin through customScripts in their config.js.
//
// The webapps load the chosen locale (zh) and the fallback (en) side by side, and each one's date settings switch the
// date library to itself when they arrive, so whichever arrives last wins. For the first seconds after the page
// opens, this puts the date library back on the language the labels use.
const WATCH_FOR_MS = 15000;
const EVERY_MS = 250;

const started = Date.now();
const timer = window.setInterval(() => {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    const language = injector.get('$translate').use();
    const moment = injector.get('moment');
    if (language && moment.locale() !== language && moment.locales().includes(language)) {
      injector.get('amMoment').changeLocale(language);
    }
  }
  if (Date.now() - started > WATCH_FOR_MS) {
    window.clearInterval(timer);
  }
}, EVERY_MS);
