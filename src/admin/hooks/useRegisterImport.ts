// The owner register import, step by step: choose a workbook → the function's dry run → the report
// → the administrator confirms (an import cannot be undone) → the result. Plus the template.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { placeApi } from '../../services/api/place';
import type { ImportReport } from '../../services/api/place';
import { chooseWorkbook, openTemplate } from '../services/workbook-file';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  | { step: 'report'; fileName: string; workbook: string; report: ImportReport }
  | { step: 'importing'; fileName: string; workbook: string; report: ImportReport }
  | { step: 'done'; fileName: string; result: ImportReport };

const hasChanges = ({ counts }: ImportReport) => counts.newUnits + counts.newHouseholds + counts.changedHouseholds > 0;

function confirmText({ counts }: ImportReport): string {
  return `将新增房屋${counts.newUnits}户，名册新增${counts.newHouseholds}户、变更${counts.changedHouseholds}户。文件中每户的名册将替换为文件内容，导入后不能撤销。`;
}

export function useRegisterImport(communityId: string | undefined) {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [failure, setFailure] = useState<string>();
  const [templateBusy, setTemplateBusy] = useState(false);

  const reset = () => {
    setFailure(undefined);
    setState({ step: 'choose' });
  };

  const choose = async () => {
    if (!communityId || state.step === 'checking' || state.step === 'importing') return;
    setFailure(undefined);
    const choice = await chooseWorkbook();
    if (choice.kind === 'cancelled') return;
    if (choice.kind === 'refused') {
      setFailure(choice.message);
      setState({ step: 'choose' });
      return;
    }
    setState({ step: 'checking', fileName: choice.name });
    const answer = await placeApi.previewImport(communityId, choice.base64);
    if (!answer.ok) {
      setFailure(answer.error.message);
      setState({ step: 'choose' });
      return;
    }
    setState({ step: 'report', fileName: choice.name, workbook: choice.base64, report: answer.data });
  };

  const confirm = async () => {
    if (!communityId || state.step !== 'report' || !state.report.valid) return;
    const asked = await Taro.showModal({
      title: '确认导入名册',
      content: confirmText(state.report),
      confirmText: '确认导入',
      cancelText: '再看看',
    });
    if (!asked.confirm) return;
    setFailure(undefined);
    setState({ ...state, step: 'importing' });
    const answer = await placeApi.importRegister(communityId, state.workbook);
    if (!answer.ok) {
      setFailure(answer.error.message);
      setState({ ...state, step: 'report' });
      return;
    }
    setState({ step: 'done', fileName: state.fileName, result: answer.data });
  };

  const downloadTemplate = async () => {
    if (templateBusy) return;
    setTemplateBusy(true);
    setFailure(undefined);
    const answer = await placeApi.registerTemplate();
    const opened = answer.ok && (await openTemplate(answer.data.url, answer.data.fileName));
    setTemplateBusy(false);
    if (!answer.ok) setFailure(answer.error.message);
    else if (!opened) setFailure('模板打开失败，请稍后重试');
  };

  return { state, failure, choose, confirm, reset, downloadTemplate, templateBusy, hasChanges };
}
