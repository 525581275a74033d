#!/usr/bin/env python3
"""Independent reference of the spot-check draw nineones-draw/1 (decision 0023), written from the decision's text,
not from the Java code. SpotCheckDrawVectorsTest's expected literals (frame hash, draw numbers, who is drawn, the
additions, the replacements) come from this script's output: run `python3 draw-vectors.py` and compare.
"""
import hashlib

ALGORITHM = "nineones-draw/1"

# the test frame: stratum, employee number, name, post, special operation, team leader
FRAME = [
    ("生产部 / 一车间", "E001", "张三", "操作工", False, False),
    ("生产部 / 一车间", "E002", "李四", "操作工", False, False),
    ("生产部 / 一车间", "E003", "王五", "班组长", False, True),
    ("生产部 / 一车间", "E004", "赵六", "电工", True, False),
    ("生产部 / 一车间", "E005", "钱七", "操作工", False, False),
    ("生产部 / 二车间", "E006", "孙八", "操作工", False, False),
    ("生产部 / 二车间", "E007", "周九", "操作工", False, False),
    ("生产部 / 二车间", "E008", "吴十", "班组长", False, True),
    ("生产部 / 二车间", "E009", "郑一", "操作工", False, False),
    ("安全环保部", "E010", "冯二", "安全员", False, False),
    ("安全环保部", "E011", "陈三", "安全员", False, False),
    ("", "E012", "褚四", "", False, False),
]


def line(p):
    return "\t".join([p[0], p[1], p[2], p[3], "S" if p[4] else "-", "T" if p[5] else "-"])


def java_order(s):
    # Java's String.compareTo compares UTF-16 code units; big-endian UTF-16 bytes compare the same way
    return s.encode("utf-16-be")


def frame_of(people):
    ordered = sorted(people, key=lambda p: java_order(line(p)))
    text = "".join(line(p) + "\n" for p in ordered)
    return ordered, hashlib.sha256(text.encode("utf-8")).hexdigest()


def draw_number(seed, frame_sha, p):
    data = (ALGORITHM + "\n" + str(seed) + "\n" + frame_sha + "\n" + line(p)).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def allocate(strata, n):
    """strata: list of (name, people) in stratum order; largest remainder, ties: larger stratum, then name."""
    total = sum(size for _, size in strata)
    seats = {name: n * size // total for name, size in strata}
    left = n - sum(seats.values())
    by_remainder = sorted(strata, key=lambda s: (-(n * s[1] % total), -s[1], java_order(s[0])))
    for name, _ in by_remainder[:left]:
        seats[name] += 1
    return seats


def draw(people, seed, n):
    ordered, sha = frame_of(people)
    index = {line(p): i for i, p in enumerate(ordered)}
    names = sorted({p[0] for p in ordered}, key=java_order)
    strata = [(s, sum(1 for p in ordered if p[0] == s)) for s in names]
    seats = allocate(strata, n)
    ranked = sorted(ordered, key=lambda p: (draw_number(seed, sha, p), index[line(p)]))
    chosen, added = [], {}
    for s in names:
        chosen += [p for p in ranked if p[0] == s][:seats[s]]
    for kind, col in (("SPECIAL_OPERATION", 4), ("TEAM_LEADER", 5)):
        if any(p[col] for p in ranked) and not any(p[col] for p in chosen):
            p = next(p for p in ranked if p[col] and p not in chosen)
            chosen.append(p)
            added[p[1]] = kind
    chosen.sort(key=lambda p: (names.index(p[0]), draw_number(seed, sha, p), index[line(p)]))
    return sha, seats, chosen, added, ranked


def replacement(ranked, absent, unavailable):
    out = set(unavailable) | {absent[1]}
    same = [p for p in ranked if p[0] == absent[0] and p[1] not in out]
    if same:
        return same[0]
    rest = [p for p in ranked if p[1] not in out]
    return rest[0] if rest else None


def main():
    ordered, sha = frame_of(FRAME)
    print("frame order:", [p[1] for p in ordered])
    print("frameSha256:", sha)
    for p in ordered:
        print("drawNumber seed 20261207", p[1], draw_number(20261207, sha, p))
    print("allocation [乙 2, 甲 2] n=1:", allocate([("乙", 2), ("甲", 2)], 1))
    print("allocation [A 3, B 3, C 1, D 1] n=4:", allocate([("A", 3), ("B", 3), ("C", 1), ("D", 1)], 4))
    print("allocation frame n=6:", allocate([(s, sum(1 for p in FRAME if p[0] == s))
                                            for s in sorted({p[0] for p in FRAME}, key=java_order)], 6))
    for seed in (20261207, 1, 2, 3, 4, 5, 6, 7, 8):
        for n in (3, 6):
            sha, seats, chosen, added, ranked = draw(FRAME, seed, n)
            print("seed", seed, "n", n, "drawn", [p[1] for p in chosen], "added", added)
    sha, seats, chosen, added, ranked = draw(FRAME, 20261207, 4)
    print("seed 20261207 n 4 drawn", [p[1] for p in chosen], "added", added)
    print("ranked", [p[1] for p in ranked])
    taken = [p[1] for p in chosen]
    e = lambda num: next(p for p in FRAME if p[1] == num)
    for absent in taken:
        r = replacement(ranked, e(absent), taken)
        print("replacement of", absent, "->", r[1] if r else None)
    print("replacement of E010 with E011 taken ->", replacement(ranked, e("E010"), taken + ["E011"])[1])


# The city's draw of a county's accepted enterprises (decision 0027): the same nineones-draw/1, an enterprise's line
# is "credit code \t industry \t name", its stratum the industry, and no additions.
ENTERPRISES = [
    ("91370100000000007X", "化工", "丙化工"),
    ("913701000000000011", "化工", "甲化工"),
    ("913701000000000038", "冶金", "乙冶金"),
    ("91370100000000005A", "化工", "丁化工"),
    ("913701000000000062", "建材", "戊建材"),
    ("913701000000000089", "冶金", "己冶金"),
    ("91370100000000010K", "化工", "庚化工"),
    ("913701000000000126", "", "辛企业"),
]


def enterprise_line(e):
    return "\t".join(e)


def enterprise_draw(enterprises, seed, n):
    ordered = sorted(enterprises, key=lambda e: java_order(enterprise_line(e)))
    sha = hashlib.sha256("".join(enterprise_line(e) + "\n" for e in ordered).encode("utf-8")).hexdigest()
    number = lambda e: int.from_bytes(hashlib.sha256((ALGORITHM + "\n" + str(seed) + "\n" + sha + "\n"
                                                      + enterprise_line(e)).encode("utf-8")).digest()[:8], "big")
    index = {enterprise_line(e): i for i, e in enumerate(ordered)}
    names = sorted({e[1] for e in ordered}, key=java_order)
    seats = allocate([(s, sum(1 for e in ordered if e[1] == s)) for s in names], n)
    ranked = sorted(ordered, key=lambda e: (number(e), index[enterprise_line(e)]))
    chosen = []
    for s in names:
        chosen += [e for e in ranked if e[1] == s][:seats[s]]
    chosen.sort(key=lambda e: (names.index(e[1]), number(e), index[enterprise_line(e)]))
    return ordered, sha, seats, chosen, number


def enterprises_main():
    for seed, n in ((20261207, 3), (1, 3), (2, 3), (20261207, 5)):
        ordered, sha, seats, chosen, number = enterprise_draw(ENTERPRISES, seed, n)
        if seed == 20261207 and n == 3:
            print("enterprise frame order:", [e[0] for e in ordered])
            print("enterprise frameSha256:", sha)
            for e in ordered:
                print("enterprise drawNumber seed", seed, e[0], number(e))
        print("enterprises seed", seed, "n", n, "seats", seats, "drawn", [e[0] for e in chosen])


if __name__ == "__main__":
    main()
    enterprises_main()
