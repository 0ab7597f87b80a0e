// Which actions the top card offers. Action state is more reliable than badge words: an invite
// means not 1st degree, the withdraw button means an invitation is out, edit links mean it is
// the viewer's own profile. A Message button proves nothing: 2nd and 3rd have one too.
import { queryAll, queryPreferred, type Scope } from './scope';
import { INVITE, PENDING_CANDIDATES, PENDING_LABELS, SELF_EDIT, STICKY_ACTIONS } from './selectors/profile';

export interface Actions {
  canConnect: boolean;
  pending: boolean;
  self: boolean;
}

function outsideSticky(el: Element | null): boolean {
  return el !== null && el.closest(STICKY_ACTIONS) === null;
}

function hasPending(scope: Scope): boolean {
  for (const el of queryAll(scope, PENDING_CANDIDATES)) {
    const label = el.getAttribute('aria-label') ?? '';
    if (PENDING_LABELS.some((re) => re.test(label)) && outsideSticky(el)) return true;
  }
  return false;
}

export function readActions(scope: Scope): Actions {
  const self = outsideSticky(queryPreferred(scope, SELF_EDIT));
  const pending = !self && hasPending(scope);
  const canConnect = !self && !pending && outsideSticky(queryPreferred(scope, INVITE));
  return { canConnect, pending, self };
}
