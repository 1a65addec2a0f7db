// What changed between two versions of a BPMN diagram, for review before a deployment (README "For policy staff"):
//
//   npm run diff -- old.bpmn new.bpmn         two files
//   npm run diff -- processes/rescue-case.bpmn  the file as committed in git (HEAD) against the working copy
//
// Prints, in Chinese and with element ids: elements added, removed, renamed (name changed), rerouted (a sequence
// flow's source or target changed), other properties changed (timers, candidate groups, forms, conditions,
// listeners, mappings ...), elements moved in the layout only, and a warning where an element seems to have got a new
// id (running cases waiting at the old id cannot be migrated). Exits 0 whatever it finds (a review aid, not a
// gate); 2 on wrong arguments or an unreadable diagram.
//
// bpmn-js-differ finds added and removed elements and layout moves. It also reports changed attributes, but (3.2.0)
// with the old and new values swapped, and it does not see changes nested inside an element (a timer's duration, a
// condition, listeners, input/output mappings), so the properties of every element in both versions are compared
// here as well, and the values are read from the two diagrams themselves.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { diff } = require('bpmn-js-differ');

/** Chinese names of the element types a policy officer meets. */
const TYPE_NAMES = {
  'bpmn:Process': '流程',
  'bpmn:Collaboration': '协作图',
  'bpmn:Participant': '参与者',
  'bpmn:Lane': '泳道',
  'bpmn:Message': '消息',
  'bpmn:Error': '错误',
  'bpmn:Signal': '信号',
  'bpmn:Escalation': '升级事件定义',
  'bpmn:UserTask': '用户任务',
  'bpmn:ServiceTask': '服务任务',
  'bpmn:BusinessRuleTask': '业务规则任务',
  'bpmn:ScriptTask': '脚本任务',
  'bpmn:SendTask': '发送任务',
  'bpmn:ReceiveTask': '接收任务',
  'bpmn:ManualTask': '人工任务',
  'bpmn:Task': '任务',
  'bpmn:CallActivity': '调用活动',
  'bpmn:SubProcess': '子流程',
  'bpmn:Transaction': '事务子流程',
  'bpmn:StartEvent': '开始事件',
  'bpmn:EndEvent': '结束事件',
  'bpmn:IntermediateCatchEvent': '中间捕获事件',
  'bpmn:IntermediateThrowEvent': '中间抛出事件',
  'bpmn:BoundaryEvent': '边界事件',
  'bpmn:ExclusiveGateway': '排他网关',
  'bpmn:ParallelGateway': '并行网关',
  'bpmn:InclusiveGateway': '包容网关',
  'bpmn:EventBasedGateway': '事件网关',
  'bpmn:ComplexGateway': '复杂网关',
  'bpmn:SequenceFlow': '顺序流',
  'bpmn:MessageFlow': '消息流',
  'bpmn:DataObjectReference': '数据对象',
  'bpmn:DataStoreReference': '数据存储',
  'bpmn:TextAnnotation': '注释',
  'bpmn:Association': '关联'
};

/** Element kinds reported on their own; anything nested inside them (event definitions, expressions, extension
 * elements, loop characteristics) is reported as a property of its owner. */
const REPORTED = ['bpmn:FlowElement', 'bpmn:Process', 'bpmn:Collaboration', 'bpmn:Participant', 'bpmn:Lane',
  'bpmn:MessageFlow', 'bpmn:Message', 'bpmn:Error', 'bpmn:Signal', 'bpmn:Escalation', 'bpmn:Artifact'];

/** Properties that are not the element's own: children reported separately, back references, the diagram. */
const SKIPPED = new Set(['id', 'flowElements', 'artifacts', 'laneSets', 'childLaneSet', 'incoming', 'outgoing',
  'di', 'lanes', 'flowNodeRef', 'participants', 'messageFlows', 'rootElements', 'diagrams', 'extensions',
  'imports', 'relationships']);

/**
 * Values the BPMN specification gives a property when it is left out, which some tools (the Camunda model API, other
 * editors) write out: written or left out, they mean the same and are not a change.
 */
const SPEC_DEFAULTS = {
  processType: ['None'], isClosed: ['false'], implementation: ['##unspecified', '##WebService'],
  gatewayDirection: ['Unspecified'], eventGatewayType: ['Exclusive'], instantiate: ['false'],
  triggeredByEvent: ['false'], parallelMultiple: ['false'], textFormat: ['text/plain'], isInterrupting: ['true'],
  cancelActivity: ['true'], startQuantity: ['1'], completionQuantity: ['1'], isForCompensation: ['false'],
  isImmediate: ['false'], isSequential: ['false'], behavior: ['All'], method: ['##WebService']
};

/** The properties shown under their own heading rather than "other changes". */
const RENAME = 'name';
const ROUTE = new Set(['sourceRef', 'targetRef']);

export async function readDiagram(xml) {
  const { rootElement, warnings } = await new BpmnModdle({ camunda }).fromXML(xml);
  return { definitions: rootElement, warnings };
}

function isReported(element) {
  return element && element.$instanceOf && REPORTED.some(type => element.$instanceOf(type));
}

/** Every reported element of a diagram by id, in document order. */
function reportedElements(definitions) {
  const found = new Map();
  const visit = element => {
    if (!element || typeof element !== 'object' || !element.$descriptor) {
      return;
    }
    if (element.id && isReported(element) && !found.has(element.id)) {
      found.set(element.id, element);
    }
    for (const property of element.$descriptor.properties) {
      if (property.isReference || property.name === 'diagrams' || property.name === 'di') {
        continue;
      }
      const value = element[property.name];
      (Array.isArray(value) ? value : [value]).forEach(visit);
    }
  };
  visit(definitions);
  return found;
}

/** How a nested element is told apart from its siblings in a property path. */
function identity(element, index) {
  return element.id || element.name || element.event || element.source || element.target || String(index);
}

/**
 * The element's own properties, flattened to "path" -> "value": attributes by their qualified name
 * (camunda:candidateGroups), references by id, expressions by their text, nested elements (event definitions,
 * listeners, input/output mappings, loop characteristics) by their type and name.
 */
export function properties(element) {
  const flat = new Map();
  const walk = (node, prefix, labelledByName) => {
    const at = key => (prefix ? `${prefix}/${key}` : key);
    for (const property of node.$descriptor.properties) {
      if (SKIPPED.has(property.name) || (labelledByName && property.name === 'name')) {
        continue;
      }
      // a property left out and one written with its default value (isForCompensation="false") are the same
      const value = Object.prototype.hasOwnProperty.call(node, property.name) ? node[property.name]
        : property.default;
      if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
        continue;
      }
      const key = property.ns && property.ns.prefix !== 'bpmn' ? property.ns.name : property.name;
      if (property.isReference) {
        flat.set(at(key), (Array.isArray(value) ? value : [value]).map(ref => ref && ref.id).join(', '));
        continue;
      }
      if (!Array.isArray(value) && (typeof value !== 'object' || !value.$type)) {
        if ((SPEC_DEFAULTS[property.name] || []).includes(String(value))) {
          continue;
        }
        // the text of a nested element (an input parameter's value, a script) is shown as the element's value
        flat.set(prefix && (property.name === 'value' || property.isBody) ? prefix : at(key), String(value));
        continue;
      }
      const children = Array.isArray(value) ? value : [value];
      const labels = children.map((child, index) => (child && child.$type ? identity(child, index) : String(index)));
      children.forEach((child, index) => {
        if (typeof child !== 'object' || !child.$type) {
          flat.set(at(`${key}[${index}]`), String(child));
          return;
        }
        if (isReported(child)) {
          return;
        }
        if (child.$instanceOf('bpmn:Expression')) {
          flat.set(at(key), child.body === undefined ? '' : String(child.body));
          return;
        }
        const byName = Boolean(child.name) && typeof child.name === 'string';
        // siblings told apart by id, name or event; two alike (two listeners on "complete") by position as well
        const unique = labels.indexOf(labels[index]) === labels.lastIndexOf(labels[index]);
        const label = byName || children.length > 1 ? `[${unique ? labels[index] : `${labels[index]}#${index + 1}`}]` : '';
        // extension elements are shown by what they contain; lists by their XML element name
        // (camunda:inputParameter[visitDate], bpmn:timerEventDefinition); a single nested element by its property
        const segment = property.name === 'extensionElements' ? null
          : Array.isArray(value) ? `${xmlName(child.$type)}${label}` : `${key}${label}`;
        const childPrefix = segment === null ? prefix : at(segment);
        const size = flat.size;
        walk(child, childPrefix, byName);
        if (flat.size === size && segment !== null) {
          flat.set(childPrefix, '');
        }
      });
    }
    for (const [attribute, value] of Object.entries(node.$attrs || {})) {
      if (!attribute.startsWith('xmlns')) {
        flat.set(at(attribute), String(value));
      }
    }
  };
  walk(element, '', false);
  return flat;
}

/** camunda:InputParameter -> camunda:inputParameter, as the element is written in the XML. */
function xmlName(type) {
  const [prefix, local] = type.split(':');
  return `${prefix}:${local.charAt(0).toLowerCase()}${local.slice(1)}`;
}

function typeName(element) {
  return TYPE_NAMES[element.$type] || element.$type;
}

function describe(element) {
  const name = element.name ? `「${oneLine(element.name)}」` : '';
  if (element.$instanceOf('bpmn:SequenceFlow')) {
    return `${element.id}${name}（${typeName(element)} ${route(element)}）`;
  }
  return `${element.id}${name}（${typeName(element)}）`;
}

function route(flow) {
  return `${flow.sourceRef ? flow.sourceRef.id : '?'} → ${flow.targetRef ? flow.targetRef.id : '?'}`;
}

function oneLine(text) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

/**
 * The differences between two diagrams (moddle definitions), grouped as the review reads them. Each entry names the
 * element by id; values are the ones in the old and the new diagram.
 */
export function compare(oldDefinitions, newDefinitions) {
  const before = reportedElements(oldDefinitions);
  const after = reportedElements(newDefinitions);
  const differ = diff(oldDefinitions, newDefinitions);

  const addedIds = new Set([...after.keys()].filter(id => !before.has(id)));
  const removedIds = new Set([...before.keys()].filter(id => !after.has(id)));
  Object.keys(differ._added).filter(id => after.has(id) && !before.has(id)).forEach(id => addedIds.add(id));
  Object.keys(differ._removed).filter(id => before.has(id) && !after.has(id)).forEach(id => removedIds.add(id));

  const result = { added: [], removed: [], renamed: [], rerouted: [], changed: [], layoutOnly: [], idChanged: [] };
  for (const id of addedIds) {
    result.added.push({ id, element: after.get(id), text: describe(after.get(id)) });
  }
  for (const id of removedIds) {
    result.removed.push({ id, element: before.get(id), text: describe(before.get(id)) });
  }

  const semanticallyChanged = new Set();
  for (const [id, oldElement] of before) {
    const newElement = after.get(id);
    if (!newElement) {
      continue;
    }
    const oldProperties = properties(oldElement);
    const newProperties = properties(newElement);
    if (oldElement.$type !== newElement.$type) {
      oldProperties.set('(类型)', typeName(oldElement));
      newProperties.set('(类型)', typeName(newElement));
    }
    const paths = [...new Set([...oldProperties.keys(), ...newProperties.keys()])];
    const differing = paths.filter(path => oldProperties.get(path) !== newProperties.get(path));
    if (differing.length === 0) {
      continue;
    }
    semanticallyChanged.add(id);
    if (differing.includes(RENAME)) {
      result.renamed.push({ id, element: newElement, oldName: oldElement.name, newName: newElement.name,
        text: `${id}（${typeName(newElement)}）：「${oneLine(oldElement.name || '')}」→「${oneLine(newElement.name || '')}」` });
    }
    if (differing.some(path => ROUTE.has(path))) {
      result.rerouted.push({ id, element: newElement, oldRoute: route(oldElement), newRoute: route(newElement),
        text: `${id}${newElement.name ? `「${oneLine(newElement.name)}」` : ''}：${route(oldElement)} 改为 ${route(newElement)}` });
    }
    const others = differing.filter(path => path !== RENAME && !ROUTE.has(path)).map(path => ({
      path,
      oldValue: oldProperties.get(path),
      newValue: newProperties.get(path)
    }));
    if (others.length > 0) {
      result.changed.push({ id, element: newElement, text: describe(newElement), properties: others });
    }
  }

  // removed and added with the same type and name: most likely an id changed in the Modeler, which running cases
  // waiting at the old id cannot follow (they cannot be migrated)
  for (const removed of result.removed) {
    const twin = result.added.find(added => added.element.$type === removed.element.$type && removed.element.name
      && added.element.name === removed.element.name);
    if (twin && !removed.element.$instanceOf('bpmn:SequenceFlow')) {
      result.idChanged.push({ oldId: removed.id, newId: twin.id, name: removed.element.name,
        text: `${removed.id} → ${twin.id}（${typeName(twin.element)}「${oneLine(twin.element.name)}」）` });
    }
  }

  const layoutIds = Object.keys(differ._layoutChanged)
    .filter(id => !addedIds.has(id) && !removedIds.has(id) && !semanticallyChanged.has(id) && after.has(id));
  for (const id of layoutIds) {
    result.layoutOnly.push({ id, element: after.get(id), text: describe(after.get(id)) });
  }
  return result;
}

function value(text) {
  if (text === undefined) {
    return '（无）';
  }
  return text === '' ? '（空）' : oneLine(text);
}

/** The report as printed: one heading per kind of change, each line naming the element by id. */
export function format(result) {
  const lines = [];
  const section = (title, entries, render) => {
    if (entries.length === 0) {
      return;
    }
    lines.push(`${title}（${entries.length}）`);
    entries.forEach(entry => render(entry).forEach(line => lines.push(line)));
    lines.push('');
  };
  section('新增 added', result.added, entry => [`  + ${entry.text}`]);
  section('删除 removed', result.removed, entry => [`  - ${entry.text}`]);
  section('改名 renamed', result.renamed, entry => [`  ~ ${entry.text}`]);
  section('改道 rerouted', result.rerouted, entry => [`  ~ ${entry.text}`]);
  section('其他属性变化 changed', result.changed, entry => [`  ~ ${entry.text}`,
    ...entry.properties.map(p => `      ${p.path}：${value(p.oldValue)} → ${value(p.newValue)}`)]);
  section('仅布局移动 moved in the layout only', result.layoutOnly, entry => [`  · ${entry.text}`]);
  section('提示：疑似改了 id (same type and name under a new id)', result.idChanged, entry => [`  ! ${entry.text}`,
    '      在办个案停在旧 id 上时无法迁移到新版本 (cases waiting at the old id cannot be migrated)']);
  const counts = `新增 ${result.added.length}，删除 ${result.removed.length}，改名 ${result.renamed.length}，`
    + `改道 ${result.rerouted.length}，其他属性变化 ${result.changed.length}，仅布局移动 ${result.layoutOnly.length}`;
  const nothing = Object.values(result).every(entries => entries.length === 0);
  lines.push(nothing ? '两个版本没有差别。(no differences)' : `合计：${counts}`);
  return lines.join('\n');
}

export async function diffXml(oldXml, newXml) {
  const [before, after] = await Promise.all([readDiagram(oldXml), readDiagram(newXml)]);
  return compare(before.definitions, after.definitions);
}

const EMPTY_DIAGRAM = '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions '
  + 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Empty" targetNamespace="http://empty" />';

const USAGE = `用法 usage:
  npm run diff -- <旧版.bpmn> <新版.bpmn>     比较两个文件 (compare two files)
  npm run diff -- <processes/x.bpmn>          比较 git 中已提交的版本 (HEAD) 与工作副本 (committed vs working copy)`;

/** The committed version of a file (git HEAD), or null when git has none. */
function committedVersion(file) {
  try {
    return execFileSync('git', ['show', `HEAD:./${basename(file)}`],
      { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

async function main(args) {
  if (args.length === 0 || args.length > 2 || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return args.includes('--help') || args.includes('-h') ? 0 : 2;
  }
  // npm runs scripts in the project folder; paths are meant from where the command was typed
  const base = process.env.INIT_CWD || process.cwd();
  const files = args.map(arg => resolve(base, arg));
  let oldXml;
  let newXml;
  let heading;
  try {
    if (files.length === 2) {
      oldXml = readFileSync(files[0], 'utf8');
      newXml = readFileSync(files[1], 'utf8');
      heading = `比较 ${args[0]}（旧） → ${args[1]}（新）`;
    } else {
      newXml = readFileSync(files[0], 'utf8');
      oldXml = committedVersion(files[0]);
      heading = `比较 ${args[0]}：git 已提交版本 (HEAD) → 工作副本`;
      if (oldXml === null) {
        heading += `\ngit HEAD 中还没有这个文件：这是一个新图，全部元素列为新增。`;
        oldXml = EMPTY_DIAGRAM;
      }
    }
  } catch (error) {
    console.error(`无法读取文件 (cannot read): ${error.path || error.message}`);
    return 2;
  }
  let result;
  try {
    result = await diffXml(oldXml, newXml);
  } catch (error) {
    console.error(`无法解析 BPMN (not a readable BPMN diagram): ${error.message}`);
    return 2;
  }
  console.log(heading);
  console.log('');
  console.log(format(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
