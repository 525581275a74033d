package org.nineones.sample;

import org.nineones.model.Enterprise;

/** The sample enterprise that ships with the application: a 200-person chemical plant in 滨城区, 滨州. */
public final class SampleEnterprise {

    public static final String NAME = "滨州示例化工有限公司";
    /** A valid unified social credit code (GB 32100 check character), made up for the sample. */
    public static final String CREDIT_CODE = "91371602MA3NX2K483";
    /** The seed its roster is generated with. */
    public static final long SEED = 20_261_101L;
    /** The roster's file name, in {@code sample-data/} and on the class path under {@code /sample-data/}. */
    public static final String ROSTER_FILE = "示例化工-花名册.xlsx";
    public static final String ROSTER_RESOURCE = "/sample-data/" + ROSTER_FILE;
    /** The sample workspace's file name. */
    public static final String WORKSPACE_FILE = "示例化工.nineones";

    private SampleEnterprise() {
    }

    /**
     * The enterprise profile: name, credit code, industry, high-risk flag, county, address, principal responsible
     * person (the 总经理 of the generated roster), contact and emergency phones.
     */
    public static Enterprise profile() {
        String principal = RosterGenerator.sample().build().rows().stream()
                .filter(r -> r.post().equals(Posts.GENERAL_MANAGER.name())).map(RosterRow::name).findFirst()
                .orElse("");
        return new Enterprise(NAME, CREDIT_CODE, "化工", true, "滨城区", "山东省滨州市滨城区滨北街道化工产业园黄河五路566号",
                principal, "0543-3216688", "0543-3216119");
    }
}
