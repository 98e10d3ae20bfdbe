import { Button, Text, View } from '@tarojs/components';
import { BusyButton } from '../../components/BusyButton';
import { useRegisterImport } from '../hooks/useRegisterImport';
import { WORKBOOK_LIMIT_TEXT } from '../services/workbook-rules';
import { ImportCounts } from './ImportCounts';
import { ImportProblems } from './ImportProblems';

/** The import of one community's register: choose → report → confirm → result. */
export function RegisterImport({ communityId, onUnits }: { communityId: string; onUnits(): void }) {
  const flow = useRegisterImport(communityId);
  const { state } = flow;
  const failure = flow.failure && (
    <Text id="import-failure" className="notice notice--danger">
      {flow.failure}
    </Text>
  );

  return (
    <View>
      <View className="card">
        <Text className="section__title">导入业主名册</Text>
        <Text className="text-muted">
          一张工作表，列为：楼栋、单元、房号、姓名、手机号、关系（业主/家属/租户）、租期截止（租户必填）。
          {WORKBOOK_LIMIT_TEXT}。
        </Text>
        <Button
          id="template-download"
          className="button button--ghost button--block"
          loading={flow.templateBusy}
          disabled={flow.templateBusy || undefined}
          onClick={() => void flow.downloadTemplate()}
        >
          <Text>下载名册模板</Text>
        </Button>
      </View>

      {(state.step === 'choose' || state.step === 'checking') && (
        <View className="card">
          {failure}
          <BusyButton id="workbook-choose" busy={state.step === 'checking'} onClick={() => void flow.choose()}>
            {state.step === 'checking' ? `正在检查「${state.fileName}」…` : '选择名册文件'}
          </BusyButton>
        </View>
      )}

      {(state.step === 'report' || state.step === 'importing') && (
        <View id="import-report" className="card">
          <Text className="section__title">检查结果：{state.fileName}</Text>
          {state.report.valid ? (
            <>
              <ImportCounts report={state.report} />
              {flow.hasChanges(state.report) ? (
                <>
                  <Text className="notice notice--warn">
                    导入后，文件中每户的名册将替换为文件内容，不能撤销；文件中没有的房屋不受影响。
                  </Text>
                  {failure}
                  <BusyButton id="import-confirm" busy={state.step === 'importing'} onClick={() => void flow.confirm()}>
                    {state.step === 'importing' ? '正在导入…' : '确认导入'}
                  </BusyButton>
                </>
              ) : (
                <Text id="import-nothing" className="notice notice--warn">
                  文件与现有名册一致，无需导入
                </Text>
              )}
            </>
          ) : (
            <ImportProblems report={state.report} />
          )}
          {state.step === 'report' && (
            <Button id="import-again" className="button button--ghost button--block" onClick={flow.reset}>
              重新选择文件
            </Button>
          )}
        </View>
      )}

      {state.step === 'done' && (
        <View id="import-result" className="card">
          <Text className="section__title">导入完成：{state.fileName}</Text>
          <ImportCounts report={state.result} />
          <Button id="import-units" className="button button--primary button--block" onClick={onUnits}>
            查看房屋
          </Button>
          <Button id="import-again" className="button button--ghost button--block" onClick={flow.reset}>
            继续导入
          </Button>
        </View>
      )}
    </View>
  );
}
