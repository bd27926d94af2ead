// DataGenerator, part 1: the MSP's members and its customers (companies, sites, contacts, devices).
#include "generatorcontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cw::sandbox::gen {

namespace {

const QString kMspDomain = u"clearwatertg.com"_s;

QString lettersOnly(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar ch : s) {
        if (ch.isLetterOrNumber())
            out += ch;
    }
    return out;
}

QString digits(Rng &rng, int n)
{
    QString out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = QChar(u'0' + rng.below(10));
    return out;
}

QString alnum(Rng &rng, int n)
{
    static const char kChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    QString out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = QChar(char16_t(kChars[rng.below(int(sizeof(kChars)) - 1)]));
    return out;
}

QString hex2(Rng &rng)
{
    static const char kHex[] = "0123456789ABCDEF";
    const int v = rng.below(256);
    QString out(2, Qt::Uninitialized);
    out[0] = QChar(char16_t(kHex[v >> 4]));
    out[1] = QChar(char16_t(kHex[v & 15]));
    return out;
}

QString uuid(Rng &rng)
{
    QString s = QString::number(rng.next() | 0x8000000000000000ull, 16).left(16) +
                QString::number(rng.next() | 0x8000000000000000ull, 16).left(16);
    return s.left(8) + u'-' + s.mid(8, 4) + u"-4"_s + s.mid(13, 3) + u'-' + s.mid(16, 4) + u'-' +
           s.mid(20, 12);
}

QJsonObject idName(int id, const QString &name)
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

void insertMembers(Context &c, Rng &rng)
{
    const auto firsts = vocab::firstNames();
    const auto lasts = vocab::lastNames();
    const auto roles = vocab::memberRoles();
    std::vector<QString> used;
    qint64 when = c.setupStart();
    for (size_t i = 0; i < roles.size(); ++i) {
        QString first, last, identifier;
        do {
            first = text(firsts[size_t(rng.below(int(firsts.size())))]);
            last = text(lasts[size_t(rng.below(int(lasts.size())))]);
            identifier = QString(first.left(1) + last).toLower();
        } while (std::find(used.begin(), used.end(), identifier) != used.end());
        used.push_back(identifier);
        const QString title = text(roles[i].title);
        const QString team = text(roles[i].team);
        QJsonObject m{
            {u"identifier"_s, identifier},
            {u"firstName"_s, first},
            {u"lastName"_s, last},
            {u"title"_s, title},
            {u"officeEmail"_s, QString(identifier + u'@' + kMspDomain)},
            {u"officePhone"_s, QString(u"813-555-01"_s + QString::number(10 + int(i)))},
            {u"defaultEmail"_s, u"Office"_s},
            {u"defaultPhone"_s, u"Office"_s},
            {u"dailyCapacity"_s, 8.0},
            {u"licenseClass"_s, u"F"_s},
            {u"inactiveFlag"_s, false},
            {u"adminFlag"_s, team == "management"_L1},
            {u"enableMobileFlag"_s, true},
            {u"hireDate"_s, isoUtc(c.setupStart() - rng.range(30, 3000) * kDay)},
            {u"securityRole"_s, idName(team == "management"_L1 ? 1
                                       : team == "dispatch"_L1 ? 2
                                                               : 3,
                                       team == "management"_L1 ? u"Admin"_s
                                       : team == "dispatch"_L1 ? u"Dispatcher"_s
                                                               : u"Technician"_s)},
        };
        when += rng.range(1, 90) * kMinute;
        m.insert("_info"_L1, Context::info(when, u"admin"_s, when, u"admin"_s));
        const int id = c.store.insert(Kind::Member, m);
        c.members.push_back({id, c.store.reference(Kind::Member, id), identifier, first, team});
    }
}

QString regionOf(const QString &state)
{
    static const char *const kWest[] = {"WA", "OR", "CA", "AZ", "CO", "UT"};
    static const char *const kCentral[] = {"TX", "IL", "OH", "IN", "MN", "WI", "MO"};
    static const char *const kSouth[] = {"FL", "GA", "NC", "TN", "VA"};
    for (const char *s : kWest)
        if (state == QLatin1StringView(s))
            return u"West"_s;
    for (const char *s : kCentral)
        if (state == QLatin1StringView(s))
            return u"Central"_s;
    for (const char *s : kSouth)
        if (state == QLatin1StringView(s))
            return u"South"_s;
    return u"East"_s;
}

} // namespace

const char *const kRegions[4] = {"West", "Central", "South", "East"};

void generateDirectory(Context &c)
{
    Rng rng(c.seed, 1);
    insertMembers(c, rng);
    const QString by = c.setupBy();

    const auto cities = vocab::cities();
    const auto streets = vocab::streets();
    std::vector<QString> states; // state ids: position + 1, in first-seen order
    for (const auto &city : cities) {
        const QString s = text(city.state);
        if (std::find(states.begin(), states.end(), s) == states.end())
            states.push_back(s);
    }
    const QJsonObject country{
        {u"id"_s, 1},
        {u"identifier"_s, u"US"_s},
        {u"name"_s, u"United States"_s},
        {u"_info"_s,
         QJsonObject{{u"country_href"_s, QString(c.baseUrl + u"/company/countries/1"_s)}}}};
    const QJsonObject siteCountry{{u"id"_s, 1}, {u"name"_s, u"United States"_s}};
    const auto stems = vocab::companyStems();
    const auto industries = vocab::companyIndustries();
    const auto models = vocab::deviceModels();
    static const char *const kTypeNames[DeviceTypeCount] = {"Server",   "Workstation", "Laptop",
                                                            "Firewall", "Switch",      "Printer"};

    std::vector<QString> names, identifiers;
    std::vector<int> weights;
    int itemId = 0; // communication item ids
    qint64 when = c.setupStart() + kDay;
    constexpr int kCompanies = 150;
    for (int ci = 0; ci < kCompanies; ++ci) {
        QString name, identifier;
        do {
            const QString stem = text(stems[size_t(rng.below(int(stems.size())))]);
            const QString industry = text(industries[size_t(rng.below(int(industries.size())))]);
            name = stem + u' ' + industry;
            identifier = lettersOnly(stem + industry.section(u' ', 0, 0)).left(25);
        } while (std::find(names.begin(), names.end(), name) != names.end());
        for (int n = 2; std::any_of(
                 identifiers.begin(), identifiers.end(),
                 [&](const QString &o) { return o.compare(identifier, Qt::CaseInsensitive) == 0; });
             ++n)
            identifier = identifier.left(23) + QString::number(n);
        names.push_back(name);
        identifiers.push_back(identifier);
        const QString domain = identifier.toLower() + u".com"_s;

        const auto &city = cities[size_t(rng.below(int(cities.size())))];
        const QString state = text(city.state);
        const QString area = text(city.areaCode);
        const QString address = QString::number(rng.range(10, 9800)) + u' ' +
                                text(streets[size_t(rng.below(int(streets.size())))]);
        const int employees = rng.percent(70) ? rng.range(5, 40) : rng.range(41, 180);
        when += rng.range(30, 600) * kMinute;
        CompanyInfo info;
        info.name = name;
        info.domain = domain;
        info.country = country;
        info.vip = rng.percent(10);
        info.sla = rng.percent(15) ? 1 : rng.percent(24) ? 2 : 0;
        const QString region = regionOf(state);
        info.region =
            int(std::find_if(std::begin(kRegions), std::end(kRegions),
                             [&](const char *r) { return region == QLatin1StringView(r); }) -
                std::begin(kRegions));

        QJsonObject company{
            {u"identifier"_s, identifier},
            {u"name"_s, name},
            {u"status"_s, idName(1, u"Active"_s)},
            {u"types"_s, QJsonArray{idName(1, u"Client"_s)}},
            {u"phoneNumber"_s, QString(area + digits(rng, 7))},
            {u"website"_s, QString(u"www."_s + domain)},
            {u"addressLine1"_s, address},
            {u"city"_s, text(city.city)},
            {u"state"_s, state},
            {u"zip"_s, text(city.zip)},
            {u"country"_s, siteCountry},
            {u"numberOfEmployees"_s, employees},
            {u"dateAcquired"_s, isoUtc(c.setupStart() - rng.range(0, 3650) * kDay)},
            {u"leadFlag"_s, false},
            {u"deletedFlag"_s, false},
            {u"unsubscribeFlag"_s, false},
            {u"mobileGuid"_s, uuid(rng)},
            {u"_info"_s, Context::info(when, by, when, by)},
        };
        info.id = c.store.insert(Kind::Company, company);
        info.ref = c.store.reference(Kind::Company, info.id);

        // Sites: the main office at the company's address, sometimes a branch or two.
        const int siteCount = rng.percent(60) ? 1 : rng.percent(75) ? 2 : 3;
        std::vector<int> siteNameUsed;
        for (int si = 0; si < siteCount; ++si) {
            const auto *siteCity = &city;
            QString siteName = u"Main Office"_s;
            QString siteAddress = address;
            if (si > 0) {
                int n;
                do {
                    n = rng.below(int(vocab::siteNames().size()));
                } while (std::find(siteNameUsed.begin(), siteNameUsed.end(), n) !=
                         siteNameUsed.end());
                siteNameUsed.push_back(n);
                siteName = text(vocab::siteNames()[size_t(n)]);
                const auto &other = cities[size_t(rng.below(int(cities.size())))];
                if (qstrcmp(other.state, city.state) == 0)
                    siteCity = &other;
                siteAddress = QString::number(rng.range(10, 9800)) + u' ' +
                              text(streets[size_t(rng.below(int(streets.size())))]);
            }
            const QString siteState = text(siteCity->state);
            const int stateId =
                int(std::find(states.begin(), states.end(), siteState) - states.begin()) + 1;
            QJsonObject site{
                {u"name"_s, siteName},
                {u"addressLine1"_s, siteAddress},
                {u"city"_s, text(siteCity->city)},
                {u"stateReference"_s, QJsonObject{{u"id"_s, stateId},
                                                  {u"identifier"_s, siteState},
                                                  {u"name"_s, text(siteCity->stateName)}}},
                {u"zip"_s, text(siteCity->zip)},
                {u"country"_s, siteCountry},
                {u"phoneNumber"_s, QString(text(siteCity->areaCode) + digits(rng, 7))},
                {u"primaryAddressFlag"_s, si == 0},
                {u"defaultBillingFlag"_s, si == 0},
                {u"defaultShippingFlag"_s, si == 0},
                {u"defaultMailingFlag"_s, si == 0},
                {u"inactiveFlag"_s, false},
                {u"company"_s, info.ref},
                {u"_info"_s, Context::info(when, by, when, by)},
            };
            const int id = c.store.insert(Kind::Site, site, info.id);
            info.sites.push_back({id, c.store.reference(Kind::Site, id), siteName, siteAddress,
                                  text(siteCity->city), siteState, text(siteCity->zip)});
        }

        // Contacts: more people at bigger customers.
        const int contactCount = std::clamp(2 + employees / 12 + rng.below(3), 2, 8);
        std::vector<QString> contactNames;
        for (int k = 0; k < contactCount; ++k) {
            QString first, last;
            do {
                first =
                    text(vocab::firstNames()[size_t(rng.below(int(vocab::firstNames().size())))]);
                last = text(vocab::lastNames()[size_t(rng.below(int(vocab::lastNames().size())))]);
            } while (std::find(contactNames.begin(), contactNames.end(), first + last) !=
                     contactNames.end());
            contactNames.push_back(first + last);
            const int siteIndex = k == 0 ? 0 : rng.below(int(info.sites.size()));
            const SiteInfo &site = info.sites[size_t(siteIndex)];
            const QString email =
                QString(lettersOnly(first) + u'.' + lettersOnly(last)).toLower() + u'@' + domain;
            const QString phone =
                company.value("phoneNumber"_L1).toString().left(3) + digits(rng, 7);
            const auto titles = vocab::contactTitles();
            const QString title = k == 0 ? (rng.percent(50) ? u"Office Manager"_s : u"Owner"_s)
                                         : text(titles[size_t(rng.below(int(titles.size())))]);
            const int emailItem = ++itemId;
            const int phoneItem = ++itemId;
            QJsonArray items{
                QJsonObject{{u"id"_s, emailItem},
                            {u"type"_s, idName(1, u"Email"_s)},
                            {u"value"_s, email},
                            {u"defaultFlag"_s, true},
                            {u"communicationType"_s, u"Email"_s},
                            {u"domain"_s, QString(u'@' + domain)}},
                QJsonObject{{u"id"_s, phoneItem},
                            {u"type"_s, idName(2, u"Direct"_s)},
                            {u"value"_s, phone},
                            {u"defaultFlag"_s, true},
                            {u"communicationType"_s, u"Phone"_s}},
            };
            if (rng.percent(50))
                items.append(QJsonObject{{u"id"_s, ++itemId},
                                         {u"type"_s, idName(4, u"Mobile"_s)},
                                         {u"value"_s, QString(area + digits(rng, 7))},
                                         {u"defaultFlag"_s, false},
                                         {u"communicationType"_s, u"Phone"_s}});
            QJsonObject contact{
                {u"firstName"_s, first},       {u"lastName"_s, last},
                {u"company"_s, info.ref},      {u"site"_s, site.ref},
                {u"title"_s, title},           {u"defaultPhoneType"_s, u"Direct"_s},
                {u"defaultPhoneNbr"_s, phone}, {u"communicationItems"_s, items},
                {u"inactiveFlag"_s, false},    {u"defaultFlag"_s, k == 0},
                {u"types"_s, QJsonArray()},    {u"_info"_s, Context::info(when, by, when, by)},
            };
            const int id = c.store.insert(Kind::Contact, contact, info.id);
            ContactInfo ci2{id,
                            c.store.reference(Kind::Contact, id),
                            QString(first + u' ' + last),
                            first,
                            phone,
                            email,
                            siteIndex};
            info.contacts.push_back(std::move(ci2));
        }

        // Devices: a firewall, a server and a workstation everywhere, more at bigger customers.
        QString prefix;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            if (word.front().isLetter())
                prefix += word.front().toUpper();
        }
        if (prefix.size() < 3)
            prefix = lettersOnly(name).left(4).toUpper();
        const int deviceCount = std::clamp(3 + employees / 10 + rng.below(3), 3, 10);
        std::vector<int> types{Firewall, Server, Workstation};
        if (deviceCount >= 4)
            types.push_back(Printer);
        if (deviceCount >= 5)
            types.push_back(Switch);
        static const int kPool[] = {Workstation, Workstation, Workstation, Laptop,  Laptop, Laptop,
                                    Server,      Switch,      Switch,      Printer, Printer};
        while (int(types.size()) < deviceCount) {
            const int t = kPool[rng.below(int(std::size(kPool)))];
            const auto count = std::count(types.begin(), types.end(), t);
            if ((t == Switch && count >= 1) || (t == Printer && count >= 2) ||
                (t == Server && count >= 3))
                continue;
            types.push_back(t);
        }
        std::array<int, DeviceTypeCount> perType{};
        for (int t : types) {
            const int nth = perType[size_t(t)]++;
            std::vector<int> candidates;
            for (size_t m = 0; m < models.size(); ++m) {
                if (qstrcmp(models[m].type, kTypeNames[t]) == 0)
                    candidates.push_back(int(m));
            }
            // Servers take their roles in order (DC, FS, SQL ...); other kinds vary by model.
            const auto &model =
                models[size_t(t == Server ? candidates[size_t(nth) % candidates.size()]
                                          : candidates[size_t(rng.below(int(candidates.size())))])];
            const QString code = text(model.code);
            const int number = t == Server ? 1 + nth / int(candidates.size()) : nth + 1;
            const QString deviceName =
                prefix + u'-' + code + (number < 10 ? u"0"_s : QString()) + QString::number(number);
            const bool personal = t == Workstation || t == Laptop;
            const ContactInfo &owner =
                personal ? info.contacts[size_t(rng.below(int(info.contacts.size())))]
                         : info.contacts.front();
            const SiteInfo &site = info.sites[size_t(personal ? owner.site : 0)];
            const int siteNumber = personal ? owner.site + 1 : 1;
            const int host = t == Firewall  ? 1
                             : t == Switch  ? 2
                             : t == Server  ? 10 + nth
                             : t == Printer ? 50 + nth
                                            : 100 + rng.below(120);
            const qint64 installed = c.anchor - rng.range(30, 5 * 365) * kDay;
            QJsonObject device{
                {u"name"_s, deviceName},
                {u"type"_s, idName(t + 1, text(kTypeNames[t]))},
                {u"status"_s, idName(2, u"Active"_s)},
                {u"company"_s, info.ref},
                {u"contact"_s, owner.ref},
                {u"site"_s, site.ref},
                {u"deviceIdentifier"_s, deviceName},
                {u"serialNumber"_s, alnum(rng, 7)},
                {u"modelNumber"_s, text(model.model)},
                {u"manufacturer"_s,
                 idName(1 + int(&model - models.data()), text(model.manufacturer))},
                {u"tagNumber"_s, QString(u"A-"_s + digits(rng, 5))},
                {u"ipAddress"_s, QString(u"192.168."_s + QString::number(siteNumber) + u'.' +
                                         QString::number(host))},
                {u"macAddress"_s, QString(u"00:1A:"_s + hex2(rng) + u':' + hex2(rng) + u':' +
                                          hex2(rng) + u':' + hex2(rng))},
                {u"osType"_s, text(model.os)},
                // Forward-looking: a warranty may well run past the anchor.
                {u"installationDate"_s, isoUtc(installed - installed % kDay)},
                {u"warrantyExpirationDate"_s,
                 isoUtc(installed - installed % kDay + 3 * 365 * kDay)},
                {u"activeFlag"_s, true},
                {u"_info"_s, Context::info(when, by, when, by)},
            };
            const int id = c.store.insert(Kind::Configuration, device, info.id);
            QJsonObject link = c.store.reference(Kind::Configuration, id);
            link.remove("name"_L1); // ConfigurationReference: id, deviceIdentifier, _info
            info.devicesByType[size_t(t)].push_back(int(info.devices.size()));
            info.devices.push_back({id, deviceName, link});
        }

        // Now that the contacts exist, name the company's default contact.
        company.insert("id"_L1, info.id);
        company.insert("defaultContact"_L1, info.contacts.front().ref);
        c.store.update(Kind::Company, info.id, company);

        weights.push_back(2 + employees / 8);
        c.companies.push_back(std::move(info));
    }
    c.companyCumulative = cumulative(weights);
}

} // namespace cw::sandbox::gen
