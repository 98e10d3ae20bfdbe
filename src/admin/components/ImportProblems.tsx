import { Text, View } from '@tarojs/components';
import type { ImportReport } from '../../services/api/place';

/** Every bad row the function reported, by its row number in the sheet. */
export function ImportProblems({ report }: { report: ImportReport }) {
  const more = report.problemCount - report.problems.length;
  return (
    <View id="import-problems">
      <Text className="notice notice--danger">
        名册有{report.problemCount}处错误，未导入任何数据。请在 Excel 中改正后重新选择文件。
      </Text>
      {report.problems.map((problem, index) => (
        <View key={`${problem.row}-${index}`} className="list-row import-problem">
          <Text className="import-problem__row">第{problem.row}行</Text>
          <Text className="import-problem__reason">{problem.reason}</Text>
        </View>
      ))}
      {more > 0 && <Text className="text-muted">另有{more}处错误未列出</Text>}
    </View>
  );
}
