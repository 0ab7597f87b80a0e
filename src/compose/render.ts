// Renders the chosen template for the composer. Built-ins render precompiled, and the paths they
// read were listed at build time, so the popup needs no Handlebars parser for them; the user's
// own templates go through the eval-free interpreter, loaded only when one is used.

import { errorText, type Problem, problemOf } from '../model';
import type { TemplateContext } from '../templates/context';
import { renderShipped } from '../templates/library';
import type { TemplateChoice } from './choices';

export type Interpreter = typeof import('../templates/render');

export interface Rendered {
  subject: string | null;
  body: string;
  error: string | null;
  /** What `error` is, for the screen to word in the UI language (ui/i18n.ts problemText). */
  problem?: Problem | null;
  /** Variables the message uses that are empty or unknown for this person. */
  gaps: { path: string; known: boolean }[];
}

let loading: Promise<Interpreter> | null = null;
export function loadInterpreter(): Promise<Interpreter> {
  loading ??= import('../templates/render');
  return loading;
}

function valueAt(context: unknown, path: string): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Null when the choice needs the interpreter and it has not loaded yet. */
export function renderChoice(
  choice: TemplateChoice,
  context: TemplateContext,
  interpreter: Interpreter | null,
  locale = 'en',
): Rendered | null {
  if (!choice.user && choice.shipped) {
    const gaps = choice.shipped.variables
      .filter((path) => isEmpty(valueAt(context, path)))
      .map((path) => ({ path, known: true }));
    try {
      return { ...renderShipped(choice.id, context, locale), error: null, gaps };
    } catch (error) {
      return { subject: null, body: '', error: errorText(error), problem: problemOf(error), gaps };
    }
  }
  if (!interpreter || !choice.user) return null;
  const { body, subject } = choice.user;
  // Whatever a user or an imported template holds, the composer gets a message, never a throw.
  let gaps: Rendered['gaps'] = [];
  try {
    const check = interpreter.checkTemplate(`${subject ?? ''}\n${body}`, context);
    const seen = new Set<string>();
    gaps = check.variables
      .filter((v) => (v.empty || !v.known) && !seen.has(v.path) && seen.add(v.path))
      .map((v) => ({ path: v.path, known: v.known }));
    return {
      subject: subject === null ? null : interpreter.renderTemplate(subject, context),
      body: interpreter.renderTemplate(body, context),
      error: null,
      gaps,
    };
  } catch (error) {
    // A TemplateError carries its code, line and column.
    return { subject: null, body: '', error: errorText(error), problem: problemOf(error), gaps };
  }
}
