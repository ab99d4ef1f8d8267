import type { CallName } from '../../../shared/bridge';
import type { Handler } from '../router';

/** The handlers of one domain: one per call declared in that domain's call map. */
export type DomainHandlers<C> = { readonly [N in keyof C & CallName]: Handler<N> };
