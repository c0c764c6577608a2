'use strict';
// The shape Node's classes give util.inspect through their custom-inspect method: `Name { ... }`
// with the attributes one level deeper, or the object itself when out of depth (util then shows
// it as [Name]). `inspect` is the one util passes to the method, so nothing loads util here.

function inspectAs(name, self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${name} ${inspect(obj, opts)}`;
}

module.exports = { inspectAs };
