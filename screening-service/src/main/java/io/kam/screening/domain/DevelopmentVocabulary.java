package io.kam.screening.domain;

/** The fixed vocabulary of the development plan (大用户开发方案 §3-7) and its record table (大用户开发统计表). */
public final class DevelopmentVocabulary {

  private DevelopmentVocabulary() {
  }

  /** The six competitive advantages of plan 1 §3 (确立潜在大用户开发竞争优势). */
  public enum CompetitiveAdvantage {
    /** 减低综合采购成本 */ LOWER_TOTAL_PURCHASE_COST,
    /** 增加收益 */ INCREASED_REVENUE,
    /** 避免浪费 */ AVOIDED_WASTE,
    /** 提升工作效益 */ BETTER_WORK_EFFICIENCY,
    /** 处理方案 */ SOLUTIONS,
    /** 无形价值 */ INTANGIBLE_VALUE
  }

  /** The development methods of plan 1 §4 (用户开发方法), chosen at the development meeting. */
  public enum DevelopmentMethod {
    /** 邀请参与产品介绍会/推广会 */ PRODUCT_LAUNCH_INVITATION,
    /** 寄送宣传资料 */ MAILED_MATERIALS,
    /** 用户造访 */ VISIT
  }

  /** First contact (首次接触) of plan 1 §5: letter, phone or email. */
  public enum FirstContactMethod { LETTER, PHONE, EMAIL }

  /** The 开发方法 column of the record table: how one contact was made. */
  public enum ContactMethod { VISIT, PHONE, LETTER, EMAIL, PRODUCT_LAUNCH, MAILED_MATERIALS }

  /** The 业务进度 column: 接触用户, 产品说明, 产品展示, 提议书, 缔约. */
  public enum ProgressStage { CONTACT, PRODUCT_EXPLANATION, DEMONSTRATION, PROPOSAL, CONTRACT }

  /** The 用户态度 column: 热情, 通常, 冷淡. */
  public enum Attitude { ENTHUSIASTIC, NEUTRAL, COLD }
}
