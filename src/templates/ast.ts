// The subset of the Handlebars AST we read, as a discriminated union. @handlebars/parser ships
// loose types (every statement is a bare `Node`), so parse.ts casts its output to these once.

export interface Position {
  line: number;
  column: number;
}
export interface SourceLocation {
  start: Position;
  end: Position;
}
export interface StripFlags {
  open: boolean;
  close: boolean;
}

export interface Program {
  type: 'Program';
  body: Statement[];
  blockParams?: string[];
  chained?: boolean;
  loc: SourceLocation;
}

export interface ContentStatement {
  type: 'ContentStatement';
  value: string;
  original: string;
  rightStripped?: boolean;
  leftStripped?: boolean;
  loc: SourceLocation;
}

export interface CommentStatement {
  type: 'CommentStatement';
  value: string;
  strip: StripFlags;
  loc: SourceLocation;
}

export interface MustacheStatement {
  type: 'MustacheStatement' | 'Decorator';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  escaped: boolean;
  strip: StripFlags;
  loc: SourceLocation;
}

export interface BlockStatement {
  type: 'BlockStatement' | 'DecoratorBlock';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  program?: Program;
  inverse?: Program;
  openStrip: StripFlags;
  inverseStrip?: StripFlags;
  closeStrip: StripFlags;
  loc: SourceLocation;
}

export interface PartialStatement {
  type: 'PartialStatement' | 'PartialBlockStatement';
  strip?: StripFlags;
  openStrip?: StripFlags;
  closeStrip?: StripFlags;
  program?: Program;
  loc: SourceLocation;
}

export type Statement =
  | ContentStatement
  | CommentStatement
  | MustacheStatement
  | BlockStatement
  | PartialStatement;

export interface PathExpression {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  /** Strings only in Handlebars 4; the 2.x parser may put a SubExpression head here. */
  parts: (string | SubExpression)[];
  original: string;
  loc: SourceLocation;
}

export interface SubExpression {
  type: 'SubExpression';
  path: Expression;
  params: Expression[];
  hash?: Hash;
  loc: SourceLocation;
}

export interface Literal {
  type: 'StringLiteral' | 'NumberLiteral' | 'BooleanLiteral' | 'UndefinedLiteral' | 'NullLiteral';
  value?: string | number | boolean | null;
  original?: string | number | boolean | null;
  loc: SourceLocation;
}

/** Syntax the 2.x parser accepts but Handlebars 4 does not; we reject it. */
export interface NewerLiteral {
  type: 'ArrayLiteral' | 'HashLiteral';
  loc: SourceLocation;
}

export type Expression = PathExpression | SubExpression | Literal | NewerLiteral;

export interface HashPair {
  type: 'HashPair';
  key: string;
  value: Expression;
  loc: SourceLocation;
}
export interface Hash {
  type: 'Hash';
  pairs: HashPair[];
  loc: SourceLocation;
}
