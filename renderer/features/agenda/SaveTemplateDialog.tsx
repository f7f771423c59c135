import { useEffect, useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { apiFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { useAppState } from '../../app/store-context';

export function SaveTemplateDialog(props: { engagementId: string; open: boolean; onClose: () => void }) {
  const saveTemplate = useAppState((s) => s.saveTemplate);
  const notify = useAppState((s) => s.notify);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    if (props.open) {
      setName('');
      setDescription('');
      setErrors({});
    }
  }, [props.open]);

  const submit = async () => {
    try {
      const template = await saveTemplate(props.engagementId, name, description);
      notify({ tone: 'success', message: `Saved the agenda as “${template.name}”. New engagements can start from it.` });
      props.onClose();
    } catch (error) {
      setErrors(apiFieldErrors(error) ?? { name: errorMessage(error) });
    }
  };

  return (
    <FormDialog
      open={props.open}
      title="Save agenda as a template"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Save template"
    >
      <TextField label="Template name" autoFocus value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <TextAreaField label="Description" rows={2} value={description} error={errors.description} onChange={(e) => setDescription(e.target.value)} />
    </FormDialog>
  );
}
