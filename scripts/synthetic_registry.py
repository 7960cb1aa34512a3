"""What the synthetic registry files of the tests and benchmarks share: valid credit codes,
Heshan's towns, a few industries and the yearly-figures header."""

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
TOWNS = ["shaping", "yayao", "gulao", "taoyuan", "hecheng", "gonghe", "zhishan", "zhaiwu", "shuanghe", "longkou"]
INDUSTRIES = ["3311", "3981", "3985", "3825", "2927", "3360", "3489", "2922"]
FIGURES_HEADER = ("credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,"
                  "energy_tce,emission_t,rd_wan,staff,land_mu,above_scale")


def code(serial):
    """The unified social credit code of a Heshan firm numbered `serial`, with its check character."""
    body = "914407849" + format(serial, "08d")
    total = sum(ALPHA.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHA[(31 - total % 31) % 31]
