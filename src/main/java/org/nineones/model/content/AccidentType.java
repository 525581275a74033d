package org.nineones.model.content;

/** The twenty accident types of GB 6441, in the standard's order. */
public enum AccidentType {
    STRUCK_BY_OBJECT,        // 物体打击
    VEHICLE,                 // 车辆伤害
    MACHINERY,               // 机械伤害
    LIFTING,                 // 起重伤害
    ELECTRIC_SHOCK,          // 触电
    DROWNING,                // 淹溺
    BURN_SCALD,              // 灼烫
    FIRE,                    // 火灾
    FALL_FROM_HEIGHT,        // 高处坠落
    COLLAPSE,                // 坍塌
    ROOF_FALL,               // 冒顶片帮
    WATER_INRUSH,            // 透水
    BLASTING,                // 放炮
    EXPLOSIVE_EXPLOSION,     // 火药爆炸
    GAS_EXPLOSION,           // 瓦斯爆炸
    BOILER_EXPLOSION,        // 锅炉爆炸
    VESSEL_EXPLOSION,        // 容器爆炸
    OTHER_EXPLOSION,         // 其他爆炸
    POISONING_ASPHYXIATION,  // 中毒和窒息
    OTHER_INJURY             // 其他伤害
}
