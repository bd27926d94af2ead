#include "deskerror.h"

namespace cw {

DeskError::DeskError(Kind kind, const QString &message, const QStringList &details)
    : m_kind(kind)
    , m_message(message)
    , m_details(details)
{
}

DeskError DeskError::invalid(const QString &message, const QStringList &details)
{
    return DeskError(Kind::Invalid, message, details);
}

DeskError DeskError::failure(const QString &message)
{
    return DeskError(Kind::Failure, message);
}

DeskError DeskError::fromApi(const ApiError &error)
{
    DeskError result(Kind::Api, error.headline());
    result.m_api = error;
    return result;
}

} // namespace cw
