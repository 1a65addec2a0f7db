// Tasklist plugins for the written records (文书) of a case:
// - a 文书 tab beside each task's form, listing the records its case has so far, each opening as a printable page
//   (GET /documents/task/{taskId}, served by org.regionalrescue.documents.CaseDocumentController);
// - 个案文书 in the top bar, which opens the records of any case of the agency by its case number, also after the
//   case has ended.
// A record exists once the task that issues it is completed; it is printed from the case's next task, or from 个案文书.

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  children.forEach(child => node.append(child));
  return node;
}

function showDocuments(node, taskId) {
  node.replaceChildren(element('p', {textContent: '正在读取文书…'}));
  fetch('/documents/task/' + encodeURIComponent(taskId), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.json().then(body => ({ok: response.ok, body})))
    .then(({ok, body}) => {
      if (!ok) {
        node.replaceChildren(element('p', {className: 'text-danger', textContent: body.message || '文书暂时无法读取。'}));
        return;
      }
      const heading = element('p', {textContent: '个案 ' + body.caseNumber + ' 已出具的文书（点击在新窗口打开并打印）：'});
      const list = body.documents.length === 0
        ? element('p', {className: 'case-documents-empty', textContent: '本个案还没有出具文书。'})
        : element('ul', {className: 'case-documents'}, body.documents.map(record =>
            element('li', {}, [element('a', {href: record.href, target: '_blank', rel: 'noopener',
              textContent: record.title})])));
      node.replaceChildren(element('div', {className: 'case-documents-tab'}, [heading, list]));
    })
    .catch(() => node.replaceChildren(element('p', {className: 'text-danger', textContent: '文书暂时无法读取。'})));
}

function openCaseDocuments(event) {
  event.preventDefault();
  const caseNumber = (window.prompt('请输入个案编号：') || '').trim();
  if (caseNumber) {
    window.open('/documents/' + encodeURIComponent(caseNumber), '_blank', 'noopener');
  }
}

export default [
  {
    id: 'case-documents-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 5,
    properties: {label: '文书'},
    render: (node, {taskId}) => showDocuments(node, taskId)
  },
  {
    id: 'case-documents-search',
    pluginPoint: 'tasklist.navbar.action',
    priority: 5,
    render: node => node.append(element('a', {href: '#', className: 'case-documents-search', textContent: '个案文书',
      onclick: openCaseDocuments}))
  }
];
