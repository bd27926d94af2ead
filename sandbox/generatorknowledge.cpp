// DataGenerator, part 4: the knowledge base — one article per topic and variant, 200 in all.
#include "generatorcontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::sandbox::gen {

void generateKnowledgeBase(Context &c)
{
    constexpr int kArticles = 200;
    Rng rng(c.seed, 4);
    struct Item
    {
        int topic = 0;
        int variant = 0;
        qint64 when = 0;
    };
    const auto topics = vocab::kbTopics();
    std::vector<QStringList> variants;
    std::vector<Item> items;
    for (size_t i = 0; i < topics.size(); ++i) {
        variants.push_back(text(topics[i].variants).split(u'|'));
        for (int v = 0; v < int(variants.back().size()); ++v)
            items.push_back({int(i), v, 0});
    }
    for (size_t i = items.size(); i > 1; --i) // Fisher-Yates
        std::swap(items[i - 1], items[size_t(rng.below(int(i)))]);
    items.resize(std::min<size_t>(items.size(), kArticles));
    for (Item &item : items)
        item.when = c.setupStart() + 5 * kDay + rng.span(c.anchor - c.setupStart() - 6 * kDay);
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.when < b.when; });

    auto boardOf = [&c](int category) -> const BoardInfo & {
        const int kind = category == 2 ? NetworkOps : category == 7 ? Alerts : ServiceDesk;
        for (const BoardInfo &b : c.boards) {
            if (b.kind == kind)
                return b;
        }
        return c.boards.front();
    };
    std::vector<const MemberInfo *> authors;
    for (const MemberInfo &m : c.members) {
        if (m.team == "tier2"_L1 || m.team == "tier3"_L1 || m.team == "network"_L1)
            authors.push_back(&m);
    }

    SlotValues values;
    for (const Item &item : items) {
        const vocab::KbTopic &topic = topics[size_t(item.topic)];
        values[size_t(Slot::Variant)] = variants[size_t(item.topic)].at(item.variant);
        const BoardInfo &board = boardOf(topic.category);
        const QString &by = authors[size_t(rng.below(int(authors.size())))]->identifier;
        const qint64 updated = std::min(c.anchor, item.when + rng.span(60 * kDay));
        c.store.insert(Kind::KbArticle,
                       {{u"title"_s, render(parseTemplate(topic.title), values)},
                        {u"issue"_s, render(parseTemplate(topic.issue), values)},
                        {u"resolution"_s, render(parseTemplate(topic.resolution), values)},
                        {u"board"_s, board.ref},
                        {u"categoryId"_s, topic.category + 1},
                        {u"subCategoryId"_s, (topic.category + 1) * 100 + item.variant + 1},
                        {u"locationId"_s, 1},
                        {u"businessUnitId"_s, board.department.value("id"_L1).toInt()},
                        {u"dateCreated"_s, isoUtc(item.when)},
                        {u"createdBy"_s, by},
                        {u"_info"_s, Context::info(item.when, by, updated, by)}});
    }
}

} // namespace cw::sandbox::gen
