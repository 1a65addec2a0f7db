// Welcome settings of the rescue workflow; this file replaces the webjar's scripts/config.js.
//
// locales: our Simplified Chinese labels are in ../locales/zh.json. The webapp takes the browser's first language
// when it is listed here (any zh-* browser gets Chinese) and the fallback otherwise; a label missing from zh.json
// is shown from en.json.
export default {
  app: {
    vendor: '救助管理',
    name: '个人中心'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
