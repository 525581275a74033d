package org.nineones.sample;

import java.util.Random;

import org.nineones.model.Gender;

/**
 * Deterministic Chinese names: surnames drawn by how common they are in Shandong, given names of one or two
 * characters from pools typical for men and for women of the birth years 1966–2004.
 */
final class ChineseNames {

    /** Surnames, most common first; the first ones are drawn far more often. */
    private static final String SURNAMES = "王张李刘陈杨赵孙徐马高朱胡郭林何宋郑韩吕谢董于曹冯田程袁许"
            + "邓彭崔范姜卢侯潘杜魏薛苏丁任贾沈石韩蒋";
    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国志海峰亮东林浩"
            + "振兴文博俊凯德永庆利成宏学兵晓春雷立新金山";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳颖慧红梅莉萍洁晶倩丹英秀兰凤"
            + "娇宁璐佳蕾欣悦月琴云菲";

    private ChineseNames() {
    }

    static String next(Random random, Gender gender) {
        String pool = gender == Gender.FEMALE ? FEMALE : MALE;
        StringBuilder name = new StringBuilder(3).append(surname(random));
        name.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(100) < 72) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    private static char surname(Random random) {
        // squared uniform: index 0 is drawn most often, the tail rarely, as in real surname frequencies
        double u = random.nextDouble();
        return SURNAMES.charAt((int) (u * u * SURNAMES.length()));
    }
}
