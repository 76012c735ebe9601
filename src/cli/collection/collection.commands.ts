/** `eduplan collection check [DIR]`: validate the data-collection catalog. */
import { COLLECTION_DIR, loadCollectionCatalog } from '../../app/collection/catalog.loader.ts';
import { formFields } from '../../domain/collection/fields.ts';
import { defineCliArea } from '../area.ts';

export const cliArea = defineCliArea({
  register({ program }) {
    program
      .command('collection')
      .description('数据采集目录（数据元素、报表、校验规则、采集周期）')
      .command('check')
      .argument('[dir]', '目录', COLLECTION_DIR)
      .description('校验数据采集目录，通过时列出报表、字段数、规则和采集周期')
      .action((dir: string) => {
        const catalog = loadCollectionCatalog(dir);
        const lines = catalog.forms.map(
          (f) =>
            `  ${f.id} 第 ${f.version} 版 ${f.name}（办学类型 ${f.runningTypes.join('、')}）：${formFields(catalog, f).length} 个字段`,
        );
        process.stdout.write(
          `数据采集目录 ${dir} 校验通过：${catalog.elements.length} 个数据元素，${catalog.forms.length} 张报表，${catalog.rules.length} 条校验规则（${catalog.rules.filter((r) => r.severity === 'hard').length} 条阻止提交），${catalog.periods.length} 个采集周期。\n${lines.join('\n')}\n`,
        );
      });
  },
});
