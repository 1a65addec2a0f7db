// Welcome settings of the rescue workflow; this file replaces the webjar's scripts/config.js.
//
// locales: only Simplified Chinese is offered, so every browser gets it whatever its own language. The server
// builds zh.json from our labels (src/main/resources/webapp-labels/) over Camunda's English ones, so a label
// not yet translated shows in English (org.regionalrescue.webapps.ChineseLabels).
export default {
  app: {
    vendor: '救助管理',
    name: '个人中心'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  disableWelcomeMessage: true
};
