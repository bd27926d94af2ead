// libFuzzer target: JSON Patch (RFC 6902) on both sides of the wire. The input is a JSON array
// [record, operations, other]: the operations are applied by the client's JsonPatch::apply and by
// the sandbox's RecordPatcher (after its limits check, as the server does), and the client builds
// a diff from record to other and applies it back.
#include "api/jsonpatch.h"
#include "sandbox/recordpatcher.h"
#include "sandbox/requestlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!doc.isArray())
        return 0;
    const QJsonArray input = doc.array();
    const QJsonObject record = input.at(0).toObject();
    const QJsonArray ops = input.at(1).toArray();
    const QJsonObject other = input.at(2).toObject();

    QString error;
    (void)cw::JsonPatch::apply(record, ops, &error);

    const cw::sandbox::RequestLimits limits; // the sandbox's defaults
    const cw::sandbox::RecordPatcher patcher(limits.maxPatchOperations, limits.maxPatchPathDepth);
    QString message, field;
    if (patcher.checkLimits(ops, &message, &field)) {
        QJsonObject target = record;
        (void)patcher.apply(target, ops, &message);
    }

    const QJsonArray diff = cw::JsonPatch::diff(record, other);
    (void)cw::JsonPatch::apply(record, diff, &error);
    for (const QJsonValue &op : ops) {
        const QJsonObject o = op.toObject();
        (void)cw::JsonPatch::isReference(o);
        (void)cw::JsonPatch::referenceValue(o);
        (void)cw::JsonPatch::sameReference(o, record);
        (void)cw::sandbox::RecordPatcher::segments(o.value(QLatin1StringView("path")).toString());
    }
    return 0;
}
