import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from './api-client';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from './field-errors';

/**
 * What every form dialog does on submit, in one place: check the fields with the domain's schema
 * (each message by its field), then save; a refusal about fields lands by field, any other failure
 * above the form, and a second submit while one is saving is ignored.
 */
export function useFormSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inFlight = useRef(false);

  const reset = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  /** Resolves true once `save` succeeded; false when the form shows what to correct. */
  const submit = useCallback(async <S extends z.ZodType>(schema: S, fields: unknown, save: (value: z.output<S>) => Promise<void>): Promise<boolean> => {
    if (inFlight.current) return false;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setFormError(null);
      return false;
    }
    inFlight.current = true;
    setSaving(true);
    try {
      await save(parsed.data);
      setErrors({});
      setFormError(null);
      return true;
    } catch (error) {
      const byField = apiFieldErrors(error);
      setErrors(byField ?? {});
      setFormError(byField ? null : errorMessage(error));
      return false;
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }, []);

  return { errors, formError, setFormError, saving, reset, submit };
}
