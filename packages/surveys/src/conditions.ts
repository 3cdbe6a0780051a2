/**
 * A small evaluator for the SurveyJS condition expressions the anonymous
 * surveys use (`visibleIf`), for the collection screens that render without
 * survey-core. It understands a subset — `{key}`, string and number literals,
 * `['a', 'b']`, `=`, `!=`/`<>`, `empty`, `notempty`, `contains`, `notcontains`,
 * `anyof`, `allof`, `and`, `or`, `!`/`not` and parentheses — and refuses
 * anything else when compiled, so an instrument using more fails its tests
 * instead of misbehaving on a tablet. A property test holds it to survey-core's
 * own evaluation.
 */
export type Condition = (values: Readonly<Record<string, unknown>>) => boolean;

type Value = unknown;
type Expr = (values: Readonly<Record<string, unknown>>) => Value;

type Token =
  | { type: "var"; name: string }
  | { type: "literal"; value: string | number | boolean }
  | { type: "op"; op: string }
  | { type: "punct"; char: "(" | ")" | "[" | "]" | "," };

const wordOperators = ["notcontains", "notempty", "contains", "empty", "anyof", "allof", "and", "or", "not"];
const symbolOperators = ["!=", "<>", "==", "=", "!", "&&", "||"];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const variable = /^\{([^{}]+)\}/.exec(rest);
    const text = /^'([^']*)'|^"([^"]*)"/.exec(rest);
    const number = /^-?\d+(\.\d+)?(?![\w.])/.exec(rest);
    const word = /^[A-Za-z]+/.exec(rest);
    const symbol = symbolOperators.find((s) => rest.startsWith(s));
    if (variable) tokens.push({ type: "var", name: (variable[1] as string).trim() });
    else if (text) tokens.push({ type: "literal", value: text[1] ?? text[2] ?? "" });
    else if (number) tokens.push({ type: "literal", value: Number(number[0]) });
    else if (word && wordOperators.includes(word[0].toLowerCase()))
      tokens.push({ type: "op", op: word[0].toLowerCase() });
    else if (word && /^(true|false)$/i.test(word[0])) tokens.push({ type: "literal", value: /^true$/i.test(word[0]) });
    else if (symbol) tokens.push({ type: "op", op: symbol });
    else if ("()[],".includes(rest.charAt(0))) tokens.push({ type: "punct", char: rest.charAt(0) as "(" });
    else throw new Error(`unsupported condition at "${rest}" in: ${source}`);
    i += (variable ?? text ?? number ?? word)?.[0].length ?? symbol?.length ?? 1;
  }
  return tokens;
}

const isEmptyValue = (v: Value) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/** SurveyJS compares strings without case and numbers by value, whether given as text or as numbers. */
function normalise(v: Value): Value {
  if (typeof v === "string") {
    const trimmed = v.trim();
    return trimmed !== "" && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed.toLowerCase();
  }
  return v;
}

function equals(a: Value, b: Value): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((x) => b.some((y) => equals(x, y)));
  }
  return normalise(a) === normalise(b);
}

function contains(container: Value, item: Value): boolean {
  if (Array.isArray(container)) {
    return Array.isArray(item) ? item.every((i) => contains(container, i)) : container.some((x) => equals(x, item));
  }
  if (isEmptyValue(container)) return false;
  return String(container).toLowerCase().includes(String(item).toLowerCase());
}

const asList = (v: Value): Value[] => (Array.isArray(v) ? v : isEmptyValue(v) ? [] : [v]);

const binary: Record<string, (a: Value, b: Value) => boolean> = {
  "=": equals,
  "==": equals,
  "!=": (a, b) => !equals(a, b),
  "<>": (a, b) => !equals(a, b),
  contains: (a, b) => contains(a, b),
  notcontains: (a, b) => !contains(a, b),
  anyof: (a, b) => asList(b).some((x) => contains(asList(a), x)),
  allof: (a, b) => asList(b).every((x) => contains(asList(a), x)),
};

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): Expr {
    const expr = this.or();
    if (this.at < this.tokens.length) this.fail();
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t?.type === "op" && ops.includes(t.op);
  }

  private isPunct(char: string): boolean {
    const t = this.peek();
    return t?.type === "punct" && t.char === char;
  }

  private fail(): never {
    throw new Error(`unsupported condition: ${this.source}`);
  }

  private or(): Expr {
    let left = this.and();
    while (this.isOp("or", "||")) {
      this.at++;
      const l = left;
      const r = this.and();
      left = (v) => Boolean(l(v)) || Boolean(r(v));
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isOp("and", "&&")) {
      this.at++;
      const l = left;
      const r = this.not();
      left = (v) => Boolean(l(v)) && Boolean(r(v));
    }
    return left;
  }

  private not(): Expr {
    if (this.isOp("not", "!")) {
      this.at++;
      const inner = this.not();
      return (v) => !inner(v);
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.operand();
    const token = this.peek();
    if (token?.type === "op" && (token.op === "empty" || token.op === "notempty")) {
      this.at++;
      return token.op === "empty" ? (v) => isEmptyValue(left(v)) : (v) => !isEmptyValue(left(v));
    }
    if (token?.type === "op" && binary[token.op]) {
      this.at++;
      const compare = binary[token.op] as (a: Value, b: Value) => boolean;
      const right = this.operand();
      return (v) => compare(left(v), right(v));
    }
    return left;
  }

  private operand(): Expr {
    const token = this.peek();
    if (!token) this.fail();
    this.at++;
    if (token.type === "var") return (v) => v[token.name];
    if (token.type === "literal") return () => token.value;
    if (token.type === "punct" && token.char === "(") {
      const inner = this.or();
      if (!this.isPunct(")")) this.fail();
      this.at++;
      return inner;
    }
    if (token.type === "punct" && token.char === "[") {
      const items: Expr[] = [];
      while (!this.isPunct("]")) {
        items.push(this.operand());
        if (this.isPunct(",")) this.at++;
        else if (!this.isPunct("]")) this.fail();
      }
      this.at++;
      return (v) => items.map((item) => item(v));
    }
    return this.fail();
  }
}

/** Compiles a condition once; throws when it uses more than the subset above. */
export function compileCondition(expression: string): Condition {
  const expr = new Parser(tokenize(expression), expression).parse();
  return (values) => Boolean(expr(values));
}
