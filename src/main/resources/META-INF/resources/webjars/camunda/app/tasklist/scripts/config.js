// Tasklist settings of the rescue workflow; this file replaces the webjar's scripts/config.js.
//
// locales: only Simplified Chinese is offered, so every browser gets it whatever its own language. The server
// builds zh.json from our labels (src/main/resources/webapp-labels/) over Camunda's English ones, so a label
// not yet translated shows in English (org.regionalrescue.webapps.ChineseLabels).
export default {
  app: {
    vendor: '救助管理',
    name: '任务列表'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // the first-login hint points to Camunda's English welcome pages
  disableWelcomeMessage: true,
  // scripts/due-date-first.js: every filter opens sorted by due date, soonest first;
  // scripts/case-documents.js: the 文书 tab of a task and 个案文书 in the top bar
  customScripts: ['scripts/due-date-first', 'scripts/case-documents'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '跳到第一个筛选器'},
    focusList: {key: 'ctrl+alt+l', description: '跳到任务列表的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '跳到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“发起流程”对话框'}
  }
};
