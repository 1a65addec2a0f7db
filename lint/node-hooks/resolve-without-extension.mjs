// Resolves a relative import without an extension ("./lib/FormLinter") to its ".js" file.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && /^\.\.?\//.test(specifier) && !specifier.endsWith('.js')) {
      return next(`${specifier}.js`, context);
    }
    throw error;
  }
}
