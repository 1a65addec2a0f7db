// Tasklist settings of the rescue workflow; this file replaces the webjar's scripts/config.js.
//
// locales: our Simplified Chinese labels are in ../locales/zh.json. The webapp takes the browser's first language
// when it is listed here (any zh-* browser gets Chinese) and the fallback otherwise; a label missing from zh.json
// is shown from en.json.
export default {
  app: {
    vendor: '救助管理',
    name: '任务列表'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // the first-login hint points to Camunda's English welcome pages
  disableWelcomeMessage: true,
  // scripts/due-date-first.js: every filter opens sorted by due date, soonest first;
  // scripts/dates-follow-language.js: dates in the language of the labels
  customScripts: ['scripts/due-date-first', 'scripts/dates-follow-language'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '跳到第一个筛选器'},
    focusList: {key: 'ctrl+alt+l', description: '跳到任务列表的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '跳到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“发起流程”对话框'}
  }
};
