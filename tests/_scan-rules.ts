/**
 * Find every rule id the code of `src/` can emit, with the TypeScript
 * compiler: the value of each `ruleId` property, of each argument passed to a
 * parameter named `ruleId`, and of each `….ruleId = …` assignment. A value
 * whose type is a string literal (or a union of them: `source.rule ??
 * 'unreadable-paper'`) gives its ids; one that hands on a rule id made
 * elsewhere (a `ruleId` variable or property) gives none; anything else is
 * computed, and must be listed in {@link computed} with the ids it makes.
 * Also lists vfile messages made without a `ruleId`.
 */
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The registry, which the scan checks against (and so does not scan). */
const registry = 'src/_rules.ts'

/**
 * Rule ids the code computes, by the text of the expression (in its file):
 * a new computed one fails the scan until it is listed here with every id it makes.
 */
export const computed: Readonly<Record<string, readonly string[]>> = {
  'src/corpus/load.ts: `${key.slice(0, -1)}-count`': ['footnote-count', 'figure-count']
}

/** What the scan found. */
export interface Scan {
  /** Rule id → where it is emitted (`file:line`). */
  emitted: Map<string, string[]>
  /** Rule-id values the scan cannot read (`file:line: text`). */
  unresolved: string[]
  /** vfile messages made without a `ruleId` (`file:line: text`). */
  unnamed: string[]
}

/**
 * Scan `src/` but the registry itself (the browser code of
 * `src/html/browser/` reports no messages, and is not compiled with the rest).
 *
 * @returns
 *   The ids emitted, and what could not be read.
 */
export function scanRuleIds(): Scan {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile)
  const {options} = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const files = ts.sys.readDirectory(path.join(root, 'src'), ['.ts']).filter((file) => !file.endsWith('.d.ts') && !file.includes('/html/browser/'))
  const program = ts.createProgram(files, {...options, noEmit: true})
  const checker = program.getTypeChecker()
  const scan: Scan = {emitted: new Map(), unresolved: [], unnamed: []}

  for (const source of program.getSourceFiles()) {
    const name = path.relative(root, source.fileName).split(path.sep).join('/')
    // The registry lists rules; it emits none.
    if (!name.startsWith('src/') || name === registry) continue
    const where = (node: ts.Node) => `${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`

    const value = (expression: ts.Expression): void => {
      const inner = skipOuter(expression)
      if (ts.isObjectLiteralExpression(inner)) return // A shape (`{ruleId: {optional: 'string'}}`), not an id.
      const ids = literals(checker.getTypeAtLocation(inner))
      const listed = computed[`${name}: ${inner.getText(source)}`]
      if (ids.length === 0 && listed) ids.push(...listed)
      for (const id of ids) scan.emitted.set(id, [...(scan.emitted.get(id) ?? []), where(inner)])
      if (ids.length === 0 && !handsOn(inner)) scan.unresolved.push(`${where(inner)}: ${inner.getText(source)}`)
    }

    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'ruleId') value(node.initializer)
      else if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'ruleId') value(node.name)
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'ruleId') value(node.right)
      if (ts.isCallExpression(node)) {
        const parameters = parametersOf(checker, node.expression)
        for (const [index, parameter] of parameters.entries()) {
          const argument = node.arguments[index]
          if (argument && ts.isIdentifier(parameter.name) && parameter.name.text === 'ruleId') value(argument)
        }
      }
      if (makesMessage(checker, node) && !hasRuleId((node as ts.CallExpression | ts.NewExpression).arguments?.[1])) scan.unnamed.push(`${where(node)}: ${node.getText(source).slice(0, 80)}`)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return scan
}

/** The string literals a type stands for (none when it may be any string). */
function literals(type: ts.Type): string[] {
  const parts = type.isUnion() ? type.types : [type]
  const strings = parts.filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)))
  return strings.length > 0 && strings.every((part) => part.isStringLiteral()) ? strings.map((part) => (part as ts.StringLiteralType).value) : []
}

/** Whether an expression hands on a rule id made elsewhere: a `ruleId` variable or property. */
function handsOn(expression: ts.Expression): boolean {
  if (ts.isIdentifier(expression)) return expression.text === 'ruleId'
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text === 'ruleId'
  return false
}

function skipOuter(expression: ts.Expression): ts.Expression {
  let node = expression
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression
  return node
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined
}

/** The parameters of the function a call calls, when the checker knows its declaration. */
function parametersOf(checker: ts.TypeChecker, callee: ts.Expression): readonly ts.ParameterDeclaration[] {
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : callee
  let symbol = checker.getSymbolAtLocation(at)
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
  const declaration = symbol?.declarations?.[0]
  if (!declaration) return []
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration.parameters
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))) return declaration.initializer.parameters
  return []
}

/** Whether a node makes a vfile message: `file.message/info/fail(…)` on a `VFile`, or `new VFileMessage(…)`. */
function makesMessage(checker: ts.TypeChecker, node: ts.Node): boolean {
  if (ts.isNewExpression(node)) return ts.isIdentifier(node.expression) && node.expression.text === 'VFileMessage'
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false
  if (!['message', 'info', 'fail'].includes(node.expression.name.text)) return false
  return checker.getTypeAtLocation(node.expression.expression).getSymbol()?.getName() === 'VFile'
}

/** Whether a message's options name a `ruleId` (in the object, a spread or a branch of it). */
function hasRuleId(options: ts.Expression | undefined): boolean {
  if (!options) return false
  let found = false
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && propertyName(node.name) === 'ruleId') found = true
    if (!found && !ts.isFunctionLike(node)) ts.forEachChild(node, visit)
  }
  visit(options)
  return found
}
