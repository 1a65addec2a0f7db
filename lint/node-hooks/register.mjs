// @camunda/form-linting is published for bundlers: its modules import each other without the ".js" that Node.js
// needs. This registers a resolver that adds it, so the linter runs in plain Node.js (node --import ...).
import { register } from 'node:module';

register('./resolve-without-extension.mjs', import.meta.url);
