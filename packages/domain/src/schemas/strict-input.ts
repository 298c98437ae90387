import { z } from 'zod/mini';

/**
 * An input object that refuses fields it does not know, with a Swedish message. Write schemas use
 * it so that nothing unexpected — least of all something about a person — is silently accepted.
 */
export function strictInput<TShape extends z.core.$ZodLooseShape>(shape: TShape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Okänt fält: ${issue.keys.join(', ')}. Bara de fält formuläret har tas emot.`
        : issue.code === 'invalid_type'
          ? 'Uppgifterna saknas eller har fel form.'
          : undefined,
  });
}
