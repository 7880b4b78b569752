// Lists every function, arrow function, method and accessor longer than a limit (80 lines by default)
// in the product's source folders, longest first, with a count at the end — the measure behind
// issue 19's "long functions split where a reader gains".
//
//   npx tsx scripts/long-functions.ts [--max 80] [--code-only] [folder …]
//
// A function's length is the lines from its first to its last line, inclusive (a nested function
// counts inside its parent and on its own line). With --code-only, blank and comment-only lines are
// left out, as ESLint's max-lines-per-function counts with skipBlankLines and skipComments.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const DEFAULT_FOLDERS = ['src-renderer', 'shared', 'src-main', 'src-cli'];

interface LongFunction {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The name a reader would search for: the declaration's own name, else the variable, property or call it sits in. */
function functionName(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(file);
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(file)})`;
  return '(anonymous)';
}

/** Lines between `start` and `end` (0-based, inclusive) that hold code, not just blanks or comments. */
function codeLines(file: ts.SourceFile, start: number, end: number): number {
  const lines = file.text.split('\n');
  let count = 0;
  let inBlockComment = false;
  for (let index = start; index <= end; index += 1) {
    let text = (lines[index] ?? '').trim();
    if (inBlockComment) {
      const close = text.indexOf('*/');
      if (close < 0) continue;
      inBlockComment = false;
      text = text.slice(close + 2).trim();
    }
    if (text.startsWith('/*') && !text.includes('*/')) {
      inBlockComment = true;
      continue;
    }
    if (text === '' || text.startsWith('//') || (text.startsWith('/*') && text.endsWith('*/'))) {
      continue;
    }
    count += 1;
  }
  return count;
}

function longFunctions(path: string, max: number, codeOnly: boolean): LongFunction[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const declaration = node as ts.FunctionLikeDeclaration;
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = codeOnly ? codeLines(file, start, end) : end - start + 1;
      if (lines > max) {
        found.push({ file: path, line: start + 1, name: functionName(declaration, file), lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function main(argv: readonly string[]): void {
  let max = 80;
  let codeOnly = false;
  const folders: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--max') {
      max = Number(argv[(index += 1)]);
      if (!Number.isInteger(max) || max < 1) throw new Error('--max takes a whole number');
    } else if (argument === '--code-only') codeOnly = true;
    else if (argument !== undefined) folders.push(argument);
  }
  const found = (folders.length > 0 ? folders : DEFAULT_FOLDERS)
    .flatMap(sourceFiles)
    .flatMap((path) => longFunctions(path, max, codeOnly))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  for (const fn of found) {
    console.log(
      `${String(fn.lines).padStart(4)}  ${relative('.', fn.file)}:${fn.line}  ${fn.name}`,
    );
  }
  console.log(`${found.length} functions over ${max} lines${codeOnly ? ' of code' : ''}`);
}

main(process.argv.slice(2));
