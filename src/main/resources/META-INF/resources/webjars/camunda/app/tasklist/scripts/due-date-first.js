// Opens Tasklist's filters sorted by due date, soonest first.
//
// Tasklist sorts the task list by what the address says (…#/?filter=…&sorting=[…]) and by creation date, newest
// first, when it says nothing; a filter's own sort order is not used there. So when the address of the task list
// carries no sorting, this adds "due date ascending" before Tasklist reads it. A sort the user picks in Tasklist
// (it goes into the address) is kept.
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/')) {
    return;
  }
  const [path, query = ''] = hash.slice(1).split('?');
  if (path !== '/') {
    return; // the login page and other views
  }
  const params = new URLSearchParams(query);
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#' + path + '?' + params.toString());
}

sortByDueDateUnlessChosen();
window.addEventListener('hashchange', sortByDueDateUnlessChosen);
