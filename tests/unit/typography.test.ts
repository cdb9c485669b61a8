import { describe, expect, it } from 'vitest';
import { quoteStatement } from '../../src/lib/typography';

describe('quoteStatement', () => {
  it('wraps a plain statement in double quotes', () => {
    expect(quoteStatement('Nvidia lost more than $500bn.')).toBe('“Nvidia lost more than $500bn.”');
    expect(quoteStatement('英伟达市值蒸发逾五千亿美元。')).toBe('“英伟达市值蒸发逾五千亿美元。”');
  });

  it('turns quotations inside the statement into single quotes instead of doubling the marks', () => {
    expect(quoteStatement('Andreessen called it “AI’s Sputnik moment.”')).toBe(
      '“Andreessen called it ‘AI’s Sputnik moment.’”',
    );
    expect(quoteStatement('“斯普特尼克时刻”这一说法最早出自安德森。')).toBe(
      '“‘斯普特尼克时刻’这一说法最早出自安德森。”',
    );
    expect(quoteStatement('He said "keep it that way" twice.')).toBe('“He said ‘keep it that way’ twice.”');
  });

  it('leaves a statement that is one quotation as it is', () => {
    expect(quoteStatement('“你建一道十英尺高的墙；我会建一道十一英尺长的梯子。”')).toBe(
      '“你建一道十英尺高的墙；我会建一道十一英尺长的梯子。”',
    );
    expect(quoteStatement('"You build a ten-foot wall."')).toBe('“You build a ten-foot wall.”');
  });

  it('does not mistake a statement that starts and ends with separate quotations for one quotation', () => {
    expect(quoteStatement('“Wall,” he said, “ladder.”')).toBe('“‘Wall,’ he said, ‘ladder.’”');
  });

  it('alternates double and single marks at every level, so a third level is never ‘ inside ‘', () => {
    expect(quoteStatement('中国政府……提供信贷：“他们说，‘不再向房地产贷款。我们需要成为一个工业强国。’”')).toBe(
      '“中国政府……提供信贷：‘他们说，“不再向房地产贷款。我们需要成为一个工业强国。”’”',
    );
    expect(quoteStatement(`China's government relies on banks: "They said, 'No more lending to property.'"`)).toBe(
      "“China's government relies on banks: ‘They said, “No more lending to property.”’”",
    );
    expect(quoteStatement('“Wall,” he said of the students’ plan, “ladder.”')).toBe(
      '“‘Wall,’ he said of the students’ plan, ‘ladder.’”',
    );
  });

  it('shows quotations side by side as they are, without an outer pair round them', () => {
    expect(quoteStatement('“比亚迪在这里。”“而且，这是一款更便宜的车。”')).toBe(
      '“比亚迪在这里。”“而且，这是一款更便宜的车。”',
    );
    expect(quoteStatement('“比亚迪在这里。” “更便宜。”')).toBe('“比亚迪在这里。” “更便宜。”');
  });
});
