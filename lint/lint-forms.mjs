// Lints every Camunda Form in a folder with @camunda/form-linting, the checks Camunda Modeler runs, and exits
// non-zero on any problem (errors and warnings alike).
//
// The linter knows form-js versions up to Camunda 7.22; Tasklist 7.23 and 7.24 render the same schema
// (schemaVersion 16), so forms for 7.23/7.24 are checked against the rules of 7.22. A form for any other
// platform version is refused, so that a version the linter cannot check never passes unnoticed.
import { FormLinter } from '@camunda/form-linting';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHECKED_AS = { '7.23.0': '7.22.0', '7.24.0': '7.22.0' };
const folder = process.argv[2] || 'forms';
const linter = new FormLinter();
let problems = 0;
let forms = 0;

for (const file of readdirSync(folder).filter(name => name.endsWith('.form')).sort()) {
  const schema = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const version = CHECKED_AS[schema.executionPlatformVersion];
  if (schema.executionPlatform !== 'Camunda Platform' || !version) {
    console.log(`${file}: targets ${schema.executionPlatform} ${schema.executionPlatformVersion}; expected Camunda Platform 7.24.0`);
    problems++;
    continue;
  }
  forms++;
  for (const report of linter.lint({ ...schema, executionPlatformVersion: version })) {
    console.log(`${file}: ${report.id || ''} ${report.message}`);
    problems++;
  }
}

console.log(`${forms} forms checked, ${problems} problems`);
process.exit(problems === 0 && forms > 0 ? 0 : 1);
