/**
 * Response schemas of the registry: the code lists, an institution's attribute records, its
 * autumn statistics per school year (GET /institutions/:code), and the county boundaries GeoJSON
 * (GET /geo/counties, data/jining-counties.geojson). The assertions at the end prove that each
 * schema's output is exactly its domain type.
 */
import { z } from 'zod';
import {
  CONDITIONS_CLASSES,
  KG_CLASSES,
  OWNERSHIPS,
  RUNNING_TYPES,
  URBAN_RURAL_CODES,
  type AttributeName,
  type AttributeRecord,
  type AttributeRecordByName,
  type ConditionsClass,
  type FeaturedHighSchool,
  type Institution,
  type InstitutionAttributes,
  type KgClass,
  type LifecycleEvent,
  type Ownership,
  type RunningType,
  type SpecialEdEvaluation,
  type SubjectBase,
  type UrbanRural,
} from '../../domain/registry/registry.types.ts';
import {
  GRADE_STAGE,
  STAGES,
  type GradeCode,
  type GradeEnrolment,
  type InstitutionYearStatistics,
  type Stage,
  type StageResources,
} from '../../domain/statistics/statistics.types.ts';
import type { InstitutionDetail, InstitutionListItem } from '../../app/registry/registry.service.ts';
import { partialKeyedObject } from '../api.schema.ts';
import { assertSchemaMatches, type Equal } from '../schema-match.ts';

// ——— Code lists ———

export const runningTypeSchema = z
  .enum(RUNNING_TYPES)
  .describe('办学类型代码（JY/T 1001 / GB/T 33782-2017，见 STANDARDS.md §5）')
  .meta({ id: 'RunningType' });

export const ownershipSchema = z
  .enum(OWNERSHIPS)
  .describe('举办者：public 公办、inclusivePrivate 普惠性民办、private 其他民办')
  .meta({ id: 'Ownership' });

export const urbanRuralSchema = z
  .enum(URBAN_RURAL_CODES)
  .describe('所在地城乡类型代码（GB/T 33782-2017 表5）')
  .meta({ id: 'UrbanRural' });

export const kgClassSchema = z
  .enum(KG_CLASSES)
  .describe(
    '幼儿园等级：provincialDemo 省级示范、class1 省一类、class2 省二类、class3 省三类、unrated 未定级',
  )
  .meta({ id: 'KgClass' });

export const featuredHighSchoolSchema = z
  .enum(['provincial', 'city', 'none'])
  .describe('特色高中：provincial 省级、city 市级、none 无')
  .meta({ id: 'FeaturedHighSchool' });

export const specialEdEvaluationSchema = z
  .enum(['passed', 'failed', 'notEvaluated'])
  .describe('特教学校办学质量评价结果：passed 通过、failed 未通过、notEvaluated 未评价')
  .meta({ id: 'SpecialEdEvaluation' });

export const conditionsClassSchema = z
  .enum(CONDITIONS_CLASSES)
  .describe('省定办学条件标准类别：classI I类、classII II类、belowClassII 未达II类')
  .meta({ id: 'ConditionsClass' });

export const subjectBaseSchema = z
  .object({
    level: z.enum(['provincial', 'city']),
    subject: z.string().describe('学科，如“物理”'),
  })
  .describe('学科基地')
  .meta({ id: 'SubjectBase' });

// ——— Attributes ———

/** The value schema of each attribute (a missing or extra attribute name is a type error). */
const attributeValueSchemas = {
  ownership: ownershipSchema.describe('自该学年起的举办者类型（覆盖登记时的举办者）'),
  kgClass: kgClassSchema,
  strongSchoolProgramme: z.boolean().describe('是否纳入强校扩优行动'),
  highSchoolEvaluationCompleted: z.boolean().describe('是否完成市级办学质量评价'),
  featuredHighSchool: featuredHighSchoolSchema,
  subjectBases: z.array(subjectBaseSchema),
  specialEdEvaluation: specialEdEvaluationSchema,
  resourceCentre: z.boolean().describe('是否依托本校设立乡镇（街道）特殊教育资源中心'),
  preschoolDepartment: z.boolean().describe('特教学校是否附设学前教育部（班）'),
  vocationalDepartment: z.boolean().describe('特教学校是否设置中等职业教育部（班）'),
  townshipSeat: z.boolean().describe('是否为乡镇驻地学校'),
  conditionsClass: conditionsClassSchema,
} satisfies Record<AttributeName, z.ZodType>;

export const attributeNameSchema = z
  .enum(Object.keys(attributeValueSchemas) as AttributeName[])
  .describe('学校属性名称')
  .meta({ id: 'AttributeName' });

export const institutionAttributesSchema = z
  .object(attributeValueSchemas)
  .describe('按学年变化的属性（保留历史，不覆盖）')
  .meta({ id: 'InstitutionAttributes' });

/** One record of attribute `name`: the fields every record has, plus `extra`. */
function attributeRecordOf<N extends AttributeName, V extends z.ZodType, E extends z.ZodRawShape>(
  name: N,
  value: V,
  extra: E,
) {
  return z.object({
    ...extra,
    institutionCode: z.string(),
    name: z.literal(name),
    value,
    effectiveFromYear: z.number().int().describe('自该学年起生效，直到同一属性更晚的记录'),
    recordedAt: z.string().describe('记录时间（ISO 8601）'),
    note: z.string().optional(),
  });
}

/** The records of every attribute, as a union discriminated by `name`. */
function attributeRecordUnion<E extends z.ZodRawShape>(extra: E) {
  const v = attributeValueSchemas;
  return z.discriminatedUnion('name', [
    attributeRecordOf('ownership', v.ownership, extra),
    attributeRecordOf('kgClass', v.kgClass, extra),
    attributeRecordOf('strongSchoolProgramme', v.strongSchoolProgramme, extra),
    attributeRecordOf('highSchoolEvaluationCompleted', v.highSchoolEvaluationCompleted, extra),
    attributeRecordOf('featuredHighSchool', v.featuredHighSchool, extra),
    attributeRecordOf('subjectBases', v.subjectBases, extra),
    attributeRecordOf('specialEdEvaluation', v.specialEdEvaluation, extra),
    attributeRecordOf('resourceCentre', v.resourceCentre, extra),
    attributeRecordOf('preschoolDepartment', v.preschoolDepartment, extra),
    attributeRecordOf('vocationalDepartment', v.vocationalDepartment, extra),
    attributeRecordOf('townshipSeat', v.townshipSeat, extra),
    attributeRecordOf('conditionsClass', v.conditionsClass, extra),
  ]);
}

export const attributeRecordSchema = attributeRecordUnion({})
  .describe('属性的一条记录：自某学年起生效；更正为一条记录时间更晚的新记录，记录只增不改')
  .meta({ id: 'AttributeRecord' });

/**
 * An attribute record as stored, with its row id: the entries of `attributeHistory` in GET
 * /institutions/:code (listAttributeRecords' StoredAttributeRecord in src/db, which the API layer
 * does not import).
 */
export type StoredAttributeRecordByName = {
  [N in AttributeName]: AttributeRecord<N> & { id: number };
}[AttributeName];

export const storedAttributeRecordSchema = attributeRecordUnion({
  id: z.number().int().describe('记录编号（按记录先后递增）'),
})
  .describe('属性的一条记录（含记录编号）：自某学年起生效；更正为一条记录时间更晚的新记录，记录只增不改')
  .meta({ id: 'StoredAttributeRecord' });

// ——— Autumn statistics ———

export const stageSchema = z
  .enum(STAGES)
  .describe('学段：preschool 学前、primary 小学、junior 初中、senior 高中、special 特殊教育')
  .meta({ id: 'Stage' });

export const gradeCodeSchema = z
  .enum(Object.keys(GRADE_STAGE) as GradeCode[])
  .describe(
    '年级：K1–K3 小班、中班、大班；P1–P6 小学；J1–J3 初中；S1–S3 高中；SE 特殊教育学校在校生（不分年级）',
  )
  .meta({ id: 'GradeCode' });

export const gradeEnrolmentSchema = z
  .object({
    grade: gradeCodeSchema,
    male: z.number().int().describe('男生数'),
    female: z.number().int().describe('女生数'),
    classSizes: z.array(z.number().int()).describe('该年级每个班的人数，合计等于男 + 女'),
  })
  .describe('一个年级的分性别在校生数和班额')
  .meta({ id: 'GradeEnrolment' });

export const stageResourcesSchema = z
  .object({
    teachers: z.number().int().describe('专任教师'),
    teachersAboveRequiredQualification: z
      .number()
      .int()
      .describe('高于规定学历的专任教师（小学：专科及以上；初中及以上：本科及以上）'),
    backboneTeachers: z.number().int().describe('县级及以上骨干教师'),
    peArtsTeachers: z.number().int().describe('体育、艺术（音乐、美术）专任教师'),
    certifiedTeachers: z.number().int().describe('持有教师资格证的专任教师'),
    establishedPostTeachers: z.number().int().describe('在编专任教师'),
    teachingAuxAreaM2: z.number().describe('教学及辅助用房面积（平方米）'),
    sportsAreaM2: z.number().describe('体育运动场馆面积（平方米）'),
    equipmentValueYuan: z.number().describe('教学仪器设备值（元，账面原值）'),
    multimediaRooms: z.number().int().describe('网络多媒体教室数'),
  })
  .describe('一个学段的教师和办学条件')
  .meta({ id: 'StageResources' });

export const institutionYearStatisticsSchema = z
  .object({
    institutionCode: z.string(),
    schoolYear: z.number().int().describe('学年（2025 即 2025—2026 学年秋季统计）'),
    grades: z.array(gradeEnrolmentSchema),
    stages: partialKeyedObject(STAGES, stageResourcesSchema).describe(
      '各学段的教师和办学条件（只含该校有的学段）',
    ),
  })
  .describe('一所学校（幼儿园）一个学年的秋季统计')
  .meta({ id: 'InstitutionYearStatistics' });

// ——— County boundaries (GeoJSON) ———

/** A position of the county boundaries: [longitude, latitude], GCJ-02. */
export type CountyPosition = [longitude: number, latitude: number];

/** The properties DataV.GeoAtlas gives each county-level feature. */
export interface CountyFeatureProperties {
  /** 6-digit NBS division code. */
  adcode: number;
  name: string;
  center: CountyPosition;
  centroid: CountyPosition;
  childrenNum: number;
  level: 'district';
  parent: { adcode: number };
  subFeatureIndex: number;
  /** Division codes from the country down to the parent (100000, 370000, 370800). */
  acroutes: number[];
}

export interface CountyFeature {
  type: 'Feature';
  properties: CountyFeatureProperties;
  geometry: { type: 'MultiPolygon'; coordinates: CountyPosition[][][] };
}

/** data/jining-counties.geojson: a FeatureCollection of the county-level polygons. */
export interface CountyBoundaries {
  type: 'FeatureCollection';
  features: CountyFeature[];
}

const position = z
  .tuple([z.number().describe('经度'), z.number().describe('纬度')])
  .describe('坐标 [经度, 纬度]（GCJ-02）');

export const countyFeaturePropertiesSchema = z
  .object({
    adcode: z.number().int().describe('6 位行政区划代码'),
    name: z.string(),
    center: position.describe('政府驻地'),
    centroid: position.describe('几何中心'),
    childrenNum: z.number().int(),
    level: z.literal('district').describe('DataV 的区划级别：district 为县级'),
    parent: z.object({ adcode: z.number().int() }).describe('上级区划'),
    subFeatureIndex: z.number().int(),
    acroutes: z.array(z.number().int()).describe('从国家到上级区划的各级行政区划代码'),
  })
  .describe('DataV.GeoAtlas 给每个县级区划的属性')
  .meta({ id: 'CountyFeatureProperties' });

export const countyFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    properties: countyFeaturePropertiesSchema,
    geometry: z
      .object({
        type: z.literal('MultiPolygon'),
        coordinates: z.array(z.array(z.array(position))).describe('多边形 → 环 → 坐标'),
      })
      .describe('GeoJSON MultiPolygon'),
  })
  .describe('一个县市区的边界')
  .meta({ id: 'CountyFeature' });

export const countyBoundariesSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(countyFeatureSchema),
  })
  .describe('济宁市县级行政区边界（GeoJSON，GCJ-02；来源 DataV.GeoAtlas，高德）')
  .meta({ id: 'CountyBoundaries' });

// ——— Compile-time: each schema's output is exactly its domain type ———

assertSchemaMatches<typeof runningTypeSchema, RunningType>(true);
assertSchemaMatches<typeof conditionsClassSchema, ConditionsClass>(true);
assertSchemaMatches<typeof ownershipSchema, Ownership>(true);
assertSchemaMatches<typeof urbanRuralSchema, UrbanRural>(true);
assertSchemaMatches<typeof kgClassSchema, KgClass>(true);
assertSchemaMatches<typeof featuredHighSchoolSchema, FeaturedHighSchool>(true);
assertSchemaMatches<typeof specialEdEvaluationSchema, SpecialEdEvaluation>(true);
assertSchemaMatches<typeof subjectBaseSchema, SubjectBase>(true);
assertSchemaMatches<typeof attributeNameSchema, AttributeName>(true);
assertSchemaMatches<typeof institutionAttributesSchema, InstitutionAttributes>(true);
assertSchemaMatches<typeof attributeRecordSchema, AttributeRecordByName>(true);
assertSchemaMatches<typeof storedAttributeRecordSchema, StoredAttributeRecordByName>(true);
assertSchemaMatches<typeof stageSchema, Stage>(true);
assertSchemaMatches<typeof gradeCodeSchema, GradeCode>(true);
assertSchemaMatches<typeof gradeEnrolmentSchema, GradeEnrolment>(true);
assertSchemaMatches<typeof stageResourcesSchema, StageResources>(true);
assertSchemaMatches<typeof institutionYearStatisticsSchema, InstitutionYearStatistics>(true);
assertSchemaMatches<typeof countyFeaturePropertiesSchema, CountyFeatureProperties>(true);
assertSchemaMatches<typeof countyFeatureSchema, CountyFeature>(true);
assertSchemaMatches<typeof countyBoundariesSchema, CountyBoundaries>(true);

// The record union is the correlated form of AttributeRecord: every member is one, and together
// they cover exactly its names and values.
const _recordIsAttributeRecord: z.output<typeof attributeRecordSchema> extends AttributeRecord
  ? true
  : never = true;
const _sameNames: Equal<z.output<typeof attributeRecordSchema>['name'], AttributeRecord['name']> = true;
const _sameValues: Equal<z.output<typeof attributeRecordSchema>['value'], AttributeRecord['value']> = true;

// ——— The directory and one institution ———

export const institutionSchema = z.object({
  code: z.string().describe('10 位学校（机构）代码'),
  name: z.string(),
  runningType: runningTypeSchema.describe('办学类型代码（JY/T 1001）'),
  ownership: ownershipSchema,
  urbanRural: urbanRuralSchema.describe('城乡类型代码（GB/T 33782 表5）'),
  townshipCode: z.string(),
  countyCode: z.string(),
  longitude: z.number().describe('经度（GCJ-02）'),
  latitude: z.number().describe('纬度（GCJ-02）'),
});
assertSchemaMatches<typeof institutionSchema, Institution>(true);

const attributesInForce = institutionAttributesSchema.partial().describe('该学年生效的属性值');

export const institutionListItemSchema = institutionSchema
  .extend({
    countyName: z.string(),
    townshipName: z.string(),
    operating: z.boolean().describe('该学年是否在办'),
    enrolment: z.number().int().nullable().describe('该学年在校（园）生数'),
    attributes: attributesInForce,
  })
  .meta({ id: 'InstitutionListItem' });
assertSchemaMatches<typeof institutionListItemSchema, InstitutionListItem>(true);

export const lifecycleEventSchema = z
  .object({
    institutionCode: z.string(),
    kind: z.enum(['opened', 'closed', 'mergedInto']).describe('开办、停办、并入'),
    schoolYear: z.number().int().describe('自该学年起生效'),
    targetInstitutionCode: z.string().optional().describe('并入时：并入的学校'),
    note: z.string().optional(),
  })
  .meta({ id: 'LifecycleEvent' });
assertSchemaMatches<typeof lifecycleEventSchema, LifecycleEvent>(true);

export const institutionDetailSchema = institutionSchema
  .extend({
    countyName: z.string(),
    townshipName: z.string(),
    operating: z.boolean().describe('最新学年是否在办'),
    attributesByYear: z.array(z.object({ year: z.number().int(), attributes: attributesInForce })),
    attributeHistory: z.array(storedAttributeRecordSchema).describe('属性的全部记录（只增不改）'),
    events: z.array(lifecycleEventSchema),
    statistics: z
      .array(institutionYearStatisticsSchema)
      .describe('历年秋季统计：分年级分性别在校生、班额、分学段教师和办学条件'),
  })
  .meta({ id: 'InstitutionDetail' });
assertSchemaMatches<typeof institutionDetailSchema, Omit<InstitutionDetail, 'demo'>>(true);
