#include "recordschema.h"

namespace cw {

RecordSchema::RecordSchema(std::initializer_list<Field> fields)
    : m_fields(fields)
{
    // At most half full, so probe runs stay short.
    quint32 size = 8;
    while (size < 2 * m_fields.size())
        size *= 2;
    m_slots.assign(size, 0);
    m_mask = size - 1;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        Q_ASSERT_X(!find(m_fields[i].key), "RecordSchema", "duplicate key");
        quint32 slot = hash(m_fields[i].key) & m_mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = quint16(i + 1);
    }
}

const RecordSchema::Field *RecordSchema::find(std::string_view key) const
{
    quint32 slot = hash(key) & m_mask;
    while (const quint16 index = m_slots[slot]) {
        const Field &field = m_fields[index - 1];
        if (field.key == key)
            return &field;
        slot = (slot + 1) & m_mask;
    }
    return nullptr;
}

quint32 RecordSchema::hash(std::string_view key)
{
    // Length and three bytes, multiplicatively mixed: ConnectWise keys differ there almost always
    // (probing settles the rest), and a full-key hash cost ~8% of reading a ticket.
    const size_t n = key.size();
    if (n == 0)
        return 0;
    const quint32 h = quint32(n) | quint32(quint8(key[0])) << 8 |
                      quint32(quint8(key[n / 2])) << 16 | quint32(quint8(key[n - 1])) << 24;
    return (h * 0x9E3779B1u) >> 7;
}

} // namespace cw
