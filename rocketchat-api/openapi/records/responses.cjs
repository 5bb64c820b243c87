// Reads the declared response type of each route in a request record from a
// @rocket.chat/rest-typings package, with TypeScript's own type checker, and prints the
// response record (openapi/records/responses-<version>.json) on stdout.
//
//   node responses.cjs <dir with node_modules> <request record .json> <version>
//
// A reading aid run by openapi/records/update, never by the build or the tests. Each route's
// answer is reduced to a field tree, in JSON:
//   "string" "number" "boolean" "null"   the JSON kinds
//   "date"                               a Date (a string on the wire: ISO 8601)
//   "any" "unknown" "void" "never"       what the declaration says, recorded as such
//   "unresolved"                         a type from a package not at hand
//   "recursive" "deep"                   a type met again inside itself; nesting past 6
//   {"enum": [...]}                      literal values
//   {"anyOf": [...]}                     a union of other shapes
//   [tree]                               an array of tree
//   {"name": tree, "name?": tree, "*": tree}   an object: fields, optional ones with "?",
//                                        "*" for an index signature
//   {"$ref": "IUser"}                    a named interface, written once under "types"
'use strict';
const path = require('path');
const fs = require('fs');

const [dir, requestRecord, version] = process.argv.slice(2);
if (!dir || !requestRecord || !version) {
  console.error('usage: node responses.cjs <dir> <request record .json> <version>');
  process.exit(2);
}
const ts = require(path.join(dir, 'node_modules', 'typescript'));
const entry = path.join(dir, 'node_modules', '@rocket.chat', 'rest-typings', 'dist', 'index.d.ts');
const program = ts.createProgram([entry], {
  noEmit: true,
  skipLibCheck: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
const moduleExports = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
const endpointsSymbol = moduleExports.find((s) => s.name === 'Endpoints');
const endpoints = checker.getDeclaredTypeOfSymbol(endpointsSymbol);
const MAX_DEPTH = 8;
// Named interfaces, each written once: the record stays small, and a type that contains
// itself (a user's roles, a room's last message) is a reference, not a cut.
const named = new Map(); // name -> tree (null while being written)
const namedTypes = new Map(); // name -> type, to tell two interfaces of one name apart

function interfaceName(type) {
  let symbol = null;
  if (type.aliasSymbol && !(type.aliasTypeArguments || []).length) {
    // A named type alias (`type Paragraph = {...}`), generic ones excepted.
    symbol = type.aliasSymbol;
  } else if (type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Interface) {
    if (type.objectFlags & ts.ObjectFlags.Reference && checker.getTypeArguments(type).length) return null;
    symbol = type.getSymbol();
  }
  if (!symbol) return null;
  let name = symbol.name;
  for (let n = 2; namedTypes.has(name) && namedTypes.get(name) !== type; n++) name = `${symbol.name}${n}`;
  namedTypes.set(name, type);
  return name;
}

function isDate(type) {
  const symbol = type.getSymbol();
  return symbol && symbol.name === 'Date';
}

function unique(trees) {
  const seen = new Map();
  for (const tree of trees) seen.set(JSON.stringify(tree), tree);
  return [...seen.values()];
}

function walk(type, depth, stack) {
  const f = type.flags;
  if (type.intrinsicName === 'error') return 'unresolved';
  if (f & ts.TypeFlags.Any) return 'any';
  if (f & ts.TypeFlags.Unknown) return 'unknown';
  if (f & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) return 'void';
  if (f & ts.TypeFlags.Never) return 'never';
  if (f & ts.TypeFlags.Null) return 'null';
  if (f & ts.TypeFlags.StringLiteral) return { enum: [type.value] };
  if (f & ts.TypeFlags.NumberLiteral) return { enum: [type.value] };
  if (f & ts.TypeFlags.BooleanLiteral) return 'boolean';
  if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) return 'string';
  if (f & (ts.TypeFlags.Number | ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return 'number';
  if (f & ts.TypeFlags.Boolean) return 'boolean';
  if (f & ts.TypeFlags.EnumLike) {
    const members = type.isUnion() ? type.types : [type];
    const values = members.map((m) => m.value).filter((v) => v !== undefined);
    return values.length ? { enum: values } : 'string';
  }
  if (f & ts.TypeFlags.ESSymbolLike) return 'unknown';
  if (type.isUnion()) {
    const members = type.types.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const trees = unique(members.map((m) => walk(m, depth, stack)));
    // Literal members make one enum; `true | false` is already `boolean`.
    const literals = trees.filter((t) => t && t.enum);
    const others = trees.filter((t) => !(t && t.enum));
    const merged = literals.length ? [{ enum: [...new Set(literals.flatMap((t) => t.enum))] }] : [];
    const all = unique([...merged, ...others]);
    if (all.length === 0) return 'void';
    return all.length === 1 ? all[0] : { anyOf: all };
  }
  if (isDate(type)) return 'date';
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const args = checker.getTypeArguments(type);
    if (args.length === 0) return ['unknown'];
    const trees = unique(args.map((a) => walk(a, depth, stack)));
    return [trees.length === 1 ? trees[0] : { anyOf: trees }];
  }
  if (f & ts.TypeFlags.Object || type.isIntersection()) {
    if (type.getCallSignatures().length > 0 && checker.getPropertiesOfType(type).length === 0) return 'unknown';
    const name = interfaceName(type);
    if (name) {
      if (!named.has(name)) {
        named.set(name, null);
        named.set(name, fields(type, 0, []));
      }
      return { $ref: name };
    }
    return fields(type, depth, stack);
  }
  return 'unknown';
}

function fields(type, depth, stack) {
  {
    if (stack.includes(type)) return 'recursive';
    if (depth >= MAX_DEPTH) return 'deep';
    stack.push(type);
    const tree = {};
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration || (property.declarations || [])[0];
      const propertyType = declaration
        ? checker.getTypeOfSymbolAtLocation(property, declaration)
        : checker.getTypeOfSymbol(property);
      // Methods (of a class or an interface) are not on the wire.
      if (propertyType.getCallSignatures().length > 0 && checker.getPropertiesOfType(propertyType).length === 0) continue;
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      tree[property.name + (optional ? '?' : '')] = walk(propertyType, depth + 1, stack);
    }
    for (const info of checker.getIndexInfosOfType(type)) {
      tree['*'] = walk(info.type, depth + 1, stack);
    }
    stack.pop();
    return tree;
  }
}

const requests = JSON.parse(fs.readFileSync(requestRecord, 'utf8'));
const routes = {};
for (const route of Object.keys(requests.routes).sort()) {
  const [method, routePath] = route.split(' ');
  const property = endpoints.getProperty(routePath);
  if (!property) {
    routes[route] = { declared: false };
    continue;
  }
  const methods = checker.getTypeOfSymbolAtLocation(property, property.valueDeclaration || property.declarations[0]);
  const handler = methods.getProperty(method);
  if (!handler) {
    routes[route] = { declared: false };
    continue;
  }
  const handlerType = checker.getTypeOfSymbolAtLocation(handler, handler.valueDeclaration || handler.declarations[0]);
  const signature = handlerType.getCallSignatures()[0];
  if (!signature) {
    routes[route] = { declared: true, response: 'unknown' };
    continue;
  }
  routes[route] = { declared: true, response: walk(checker.getReturnTypeOfSignature(signature), 0, []) };
}
const record = {
  about:
    'The response each route declares in this version of @rocket.chat/rest-typings, resolved ' +
    'through @rocket.chat/core-typings by the TypeScript checker and reduced to a field tree ' +
    '(the kinds are listed in openapi/records/responses.cjs). `declared: false`: the typings do ' +
    'not declare the route or method. The REST API sends JSON, so a `date` is an ISO 8601 ' +
    'string on the wire. Written by openapi/records/update.',
  package: '@rocket.chat/rest-typings',
  version,
  // Whether the release's @rocket.chat/core-typings was at hand: npm has none for some
  // releases (7.x, 8.0), and then every model is `unresolved`.
  coreTypings: fs.existsSync(path.join(dir, 'node_modules', '@rocket.chat', 'core-typings', 'package.json')),
  routes,
  types: Object.fromEntries([...named.entries()].sort(([a], [b]) => a.localeCompare(b))),
};
// One line per route and per type, so that a new version's record reads as a diff.
const lines = (object) =>
  Object.entries(object)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(',\n');
process.stdout.write(
  `{\n "about": ${JSON.stringify(record.about)},\n "package": ${JSON.stringify(record.package)},\n` +
    ` "version": ${JSON.stringify(record.version)},\n "coreTypings": ${record.coreTypings},\n` +
    ` "routes": {\n${lines(record.routes)}\n },\n` +
    ` "types": {\n${lines(record.types)}\n }\n}\n`,
);
