// An action: the schema of its payload, who may call it, and what it does.
import type { z } from 'zod';
import type { Role, User } from '../domain/model';
import type { Repositories } from './repositories/types';

/** The caller, as the user record says; `bound` is false for a WeChat user the company doesn't know. */
export interface Caller extends User {
  bound: boolean;
}

export interface ActionContext {
  caller: Caller;
  now: Date;
  repos: Repositories;
}

/** 'anyone' includes WeChat users not bound yet. */
export type Audience = 'anyone' | readonly Role[];

export interface Action<S extends z.ZodTypeAny, R> {
  schema: S;
  roles: Audience;
  run(input: z.output<S>, context: ActionContext): Promise<R>;
}

/** An action with its types erased, for the action map. */
export interface AnyAction {
  schema: z.ZodTypeAny;
  roles: Audience;
  run(input: unknown, context: ActionContext): Promise<unknown>;
}

export function defineAction<S extends z.ZodTypeAny, R>(action: Action<S, R>): AnyAction {
  return {
    schema: action.schema,
    roles: action.roles,
    run: (input, context) => action.run(input as z.output<S>, context),
  };
}
