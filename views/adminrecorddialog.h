// The form of one setting (a board, a status, a priority, a callback …): a widget per field of
// its kind (AdminListModel::fields()), the server's refusal shown in the form, kept open until
// the server accepts.
#pragma once

#include "models/adminlistmodel.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;

namespace cw {

class AdminRecordDialog : public QDialog
{
    Q_OBJECT
public:
    // `record`: the record being edited, or AdminListModel::newRecord() for a new one (id 0).
    AdminRecordDialog(AdminListModel *model, const QJsonObject &record, QWidget *parent = nullptr);

    int recordId() const { return m_loaded.value(QStringLiteral("id")).toInt(); }
    // The record with what the fields say now.
    QJsonObject record() const;
    // The widget of field `key` (QLineEdit, QSpinBox, QDoubleSpinBox, QCheckBox or QComboBox).
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // What a required field misses (translated), empty when the form can be sent.
    QString missing() const;
    // Shows `message` (the server's refusal) and lets the user try again.
    void showRefusal(const QString &message);
    // Shows that the record is on its way (the buttons wait).
    void setSending(bool sending);

Q_SIGNALS:
    // OK with every required field filled: the caller sends record().
    void submitted();

private:
    AdminListModel *m_model;
    QJsonObject m_loaded;
    QList<AdminListModel::Field> m_fields;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QList<AdminListModel::ReferenceChoice>> m_choices;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cw
