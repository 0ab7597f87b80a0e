import { problemLine } from '../../model';
import { problemText, t } from '../../ui/i18n';
import { type EditorProblem, isError } from './problems';

interface Props {
  id: string;
  problems: EditorProblem[];
  onJump: (problem: EditorProblem) => void;
}

function describe(problem: EditorProblem): string {
  switch (problem.kind) {
    case 'syntax':
      return problemText(problem.problem);
    case 'unknown':
      return t('tpl_unknownVariable', problem.path);
    case 'empty':
      return t('tpl_emptyVariable', problem.path);
  }
}

/**
 * Each problem with its place; pressing one puts the cursor there. Errors (which block saving)
 * and hints are labelled in words, not only by colour.
 */
export function ProblemList({ id, problems, onJump }: Props) {
  const errors = problems.filter(isError);
  const hints = problems.filter((problem) => !isError(problem));
  const item = (problem: EditorProblem, label: string) => (
    <li
      key={`${problem.kind}-${problem.line}-${problem.column}-${problem.kind === 'syntax' ? problemLine(problem.problem) : problem.path}`}
    >
      <button type="button" class="link-like" onClick={() => onJump(problem)}>
        <strong>{label}</strong> {t('tpl_problemAt', problem.line, problem.column, describe(problem))}
      </button>
    </li>
  );
  return (
    <div id={id} class="tpl-problems">
      <div role="alert">
        {errors.length > 0 && (
          <ul class="error">{errors.map((problem) => item(problem, t('tpl_errorLabel')))}</ul>
        )}
      </div>
      {hints.length > 0 && <ul class="warn">{hints.map((problem) => item(problem, t('tpl_hintLabel')))}</ul>}
    </div>
  );
}
