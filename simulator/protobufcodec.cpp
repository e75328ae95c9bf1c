#include "protobufcodec.h"

#include "simmasterinfo.h"
#include "json/protojson_p.h"

#include <cstring>

namespace ProtobufCodec {

namespace {

using ProtoJson::FieldDesc;
using ProtoJson::Kind;
using ProtoJson::Label;
using ProtoJson::MessageDesc;

// mesos.v1.master.Call.Type: name by number (the descriptor lists them in declaration order).
const std::pair<int, const char *> callTypes[] = {{0, "UNKNOWN"},
                                                  {1, "GET_HEALTH"},
                                                  {2, "GET_FLAGS"},
                                                  {3, "GET_VERSION"},
                                                  {4, "GET_METRICS"},
                                                  {5, "GET_LOGGING_LEVEL"},
                                                  {6, "SET_LOGGING_LEVEL"},
                                                  {7, "LIST_FILES"},
                                                  {8, "READ_FILE"},
                                                  {9, "GET_STATE"},
                                                  {10, "GET_AGENTS"},
                                                  {11, "GET_FRAMEWORKS"},
                                                  {12, "GET_EXECUTORS"},
                                                  {33, "GET_OPERATIONS"},
                                                  {13, "GET_TASKS"},
                                                  {14, "GET_ROLES"},
                                                  {15, "GET_WEIGHTS"},
                                                  {16, "UPDATE_WEIGHTS"},
                                                  {17, "GET_MASTER"},
                                                  {18, "SUBSCRIBE"},
                                                  {19, "RESERVE_RESOURCES"},
                                                  {20, "UNRESERVE_RESOURCES"},
                                                  {21, "CREATE_VOLUMES"},
                                                  {22, "DESTROY_VOLUMES"},
                                                  {34, "GROW_VOLUME"},
                                                  {35, "SHRINK_VOLUME"},
                                                  {23, "GET_MAINTENANCE_STATUS"},
                                                  {24, "GET_MAINTENANCE_SCHEDULE"},
                                                  {25, "UPDATE_MAINTENANCE_SCHEDULE"},
                                                  {26, "START_MAINTENANCE"},
                                                  {27, "STOP_MAINTENANCE"},
                                                  {37, "DRAIN_AGENT"},
                                                  {38, "DEACTIVATE_AGENT"},
                                                  {39, "REACTIVATE_AGENT"},
                                                  {28, "GET_QUOTA"},
                                                  {36, "UPDATE_QUOTA"},
                                                  {29, "SET_QUOTA"},
                                                  {30, "REMOVE_QUOTA"},
                                                  {31, "TEARDOWN"},
                                                  {32, "MARK_AGENT_GONE"}};

class Reader
{
public:
    Reader(const char *p, const char *end)
        : m_p(p)
        , m_end(end)
    { }
    bool atEnd() const { return m_p >= m_end; }
    bool varint(quint64 &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return false;
            const auto b = static_cast<unsigned char>(*m_p++);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return true;
        }
        return false;
    }
    bool bytes(quint64 n, const char *&start)
    {
        if (n > quint64(m_end - m_p))
            return false;
        start = m_p;
        m_p += n;
        return true;
    }
    bool skip(int wireType)
    {
        quint64 v = 0;
        const char *s = nullptr;
        switch (wireType) {
        case 0:
            return varint(v);
        case 1:
            return bytes(8, s);
        case 2:
            return varint(v) && bytes(v, s);
        case 5:
            return bytes(4, s);
        default:
            return false;
        }
    }

private:
    const char *m_p;
    const char *m_end;
};

bool decodeMessage(const MessageDesc &desc, const char *p, const char *end,
                   nlohmann::ordered_json &out);

bool decodeField(const FieldDesc &f, int wireType, Reader &r, nlohmann::ordered_json &value)
{
    quint64 v = 0;
    if (f.kind == Kind::Message || f.kind == Kind::String || f.kind == Kind::Bytes) {
        const char *start = nullptr;
        if (wireType != 2 || !r.varint(v) || !r.bytes(v, start))
            return false;
        if (f.kind == Kind::Message)
            return decodeMessage(*f.message, start, start + v, value);
        value = std::string(start, size_t(v)); // bytes are not used by these calls
        return true;
    }
    if (f.kind == Kind::Double) {
        const char *start = nullptr;
        double d = 0;
        if (wireType != 1 || !r.bytes(8, start))
            return false;
        std::memcpy(&d, start, 8);
        value = d;
        return true;
    }
    if (wireType != 0 || !r.varint(v))
        return false;
    switch (f.kind) {
    case Kind::Bool:
        value = v != 0;
        return true;
    case Kind::Int32:
        value = qint64(qint32(v));
        return true;
    case Kind::UInt32:
        value = qint64(quint32(v));
        return true;
    case Kind::UInt64:
        value = v;
        return true;
    case Kind::Enum:
        for (const auto &[number, name] : callTypes) {
            if (quint64(number) == v) {
                value = name;
                return true;
            }
        }
        return true; // an unknown enum number: the field stays unset
    default:
        value = qint64(v);
        return true;
    }
}

bool decodeMessage(const MessageDesc &desc, const char *p, const char *end,
                   nlohmann::ordered_json &out)
{
    out = nlohmann::ordered_json::object();
    Reader r(p, end);
    while (!r.atEnd()) {
        quint64 tag = 0;
        if (!r.varint(tag) || tag >> 3 == 0)
            return false;
        const int number = int(tag >> 3);
        const int wireType = int(tag & 7);
        const auto f = std::find_if(desc.fields.begin(), desc.fields.end(),
                                    [number](const FieldDesc &d) { return d.number == number; });
        if (f == desc.fields.end()) {
            if (!r.skip(wireType))
                return false;
            continue;
        }
        nlohmann::ordered_json value;
        if (!decodeField(*f, wireType, r, value))
            return false;
        if (value.is_null())
            continue;
        const std::string name(f->name);
        if (f->label == Label::Repeated)
            out[name].push_back(std::move(value));
        else
            out[name] = std::move(value); // the last occurrence wins, as in protobuf
    }
    for (const FieldDesc &f : desc.fields) {
        if (f.label == Label::Required && !out.contains(std::string(f.name)))
            return false;
    }
    return true;
}

class Writer
{
public:
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            m_out += char((v & 0x7f) | 0x80);
            v >>= 7;
        }
        m_out += char(v);
    }
    void tag(int number, int wireType) { varint(quint64(number) << 3 | quint64(wireType)); }
    void field(int number, quint64 v)
    {
        tag(number, 0);
        varint(v);
    }
    void field(int number, const QByteArray &bytes)
    {
        tag(number, 2);
        varint(quint64(bytes.size()));
        m_out += bytes;
    }
    void field(int number, double d)
    {
        tag(number, 1);
        char b[8];
        std::memcpy(b, &d, 8);
        m_out.append(b, 8);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

QByteArray time(qint64 ns)
{
    Writer w;
    w.field(1, quint64(ns));
    return w.take();
}

QByteArray machineId(const MachineId &id)
{
    Writer w;
    if (id.hostname)
        w.field(1, id.hostname->toUtf8());
    if (id.ip)
        w.field(2, id.ip->toUtf8());
    return w.take();
}

QByteArray response(int type, int field, const QByteArray &body)
{
    Writer w;
    w.field(1, quint64(type));
    w.field(field, body);
    return w.take();
}

bool encodeJson(const MessageDesc &desc, const nlohmann::ordered_json &in, Writer &w);

// Each value is checked against the field's kind first: a mistyped value refuses the call rather
// than throwing from nlohmann (or, for a huge double read as an integer, undefined behaviour).
bool encodeValue(const FieldDesc &f, const nlohmann::ordered_json &v, Writer &w)
{
    if (f.kind == Kind::Message) {
        Writer inner;
        if (!v.is_object() || !encodeJson(*f.message, v, inner))
            return false;
        w.field(f.number, inner.take());
    } else if (f.kind == Kind::String || f.kind == Kind::Bytes) {
        if (!v.is_string())
            return false;
        w.field(f.number, QByteArray::fromStdString(v.get<std::string>()));
    } else if (f.kind == Kind::Double) {
        if (!v.is_number())
            return false;
        w.field(f.number, v.get<double>());
    } else if (f.kind == Kind::Enum) {
        if (!v.is_string())
            return false;
        for (const auto &[number, name] : callTypes) {
            if (v.get<std::string>() == name)
                w.field(f.number, quint64(number));
        }
    } else if (f.kind == Kind::Bool) {
        if (!v.is_boolean())
            return false;
        w.field(f.number, quint64(v.get<bool>() ? 1 : 0));
    } else {
        if (!v.is_number_integer())
            return false;
        w.field(f.number, quint64(v.get<qint64>()));
    }
    return true;
}

bool encodeJson(const MessageDesc &desc, const nlohmann::ordered_json &in, Writer &w)
{
    for (const FieldDesc &f : desc.fields) {
        const auto it = in.find(std::string(f.name));
        if (it == in.end())
            continue;
        if (f.label != Label::Repeated) {
            if (!encodeValue(f, *it, w))
                return false;
            continue;
        }
        if (!it->is_array())
            return false;
        for (const auto &v : *it) {
            if (!encodeValue(f, v, w))
                return false;
        }
    }
    return true;
}

} // namespace

std::optional<QByteArray> callToJson(QByteArrayView bytes)
{
    nlohmann::ordered_json call;
    if (!decodeMessage(ProtoJson::Call, bytes.data(), bytes.data() + bytes.size(), call))
        return std::nullopt;
    // Protobuf strings may hold any bytes; invalid UTF-8 becomes U+FFFD instead of an exception
    // (which would take the whole simulator down).
    return QByteArray::fromStdString(
        call.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

std::optional<QByteArray> jsonToCall(QByteArrayView json)
{
    const auto in = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
    if (in.is_discarded() || !in.is_object())
        return std::nullopt;
    Writer w;
    if (!encodeJson(ProtoJson::Call, in, w))
        return std::nullopt;
    return w.take();
}

QByteArray encodeGetSchedule(const Schedule &schedule)
{
    Writer s;
    for (const MaintenanceWindow &window : schedule.windows) {
        Writer win, u;
        for (const MachineId &id : window.machines)
            win.field(1, machineId(id));
        u.field(1, time(window.unavailability.startNs));
        if (window.unavailability.durationNs)
            u.field(2, time(*window.unavailability.durationNs));
        win.field(2, u.take());
        s.field(1, win.take());
    }
    Writer get;
    get.field(1, s.take());
    return response(17, 18, get.take());
}

QByteArray encodeGetStatus(const MaintenanceStatus &status)
{
    Writer cs;
    for (const DrainingMachine &d : status.draining) {
        Writer m;
        m.field(1, machineId(d.id));
        for (const InverseOfferStatus &st : d.statuses) {
            Writer ios, fid;
            ios.field(1, quint64(int(st.answer) + 1)); // UNKNOWN = 1, ACCEPT = 2, DECLINE = 3
            fid.field(1, st.frameworkId.toUtf8());
            ios.field(2, fid.take());
            ios.field(3, time(st.timestampNs));
            m.field(2, ios.take());
        }
        cs.field(1, m.take());
    }
    for (const MachineId &id : status.down)
        cs.field(2, machineId(id));
    Writer get;
    get.field(1, cs.take());
    return response(16, 17, get.take());
}

QByteArray encodeGetHealth()
{
    Writer get;
    get.field(1, quint64(1));
    return response(1, 2, get.take());
}

QByteArray encodeGetVersion()
{
    Writer info;
    info.field(1, QByteArray(SimMasterInfo::Version));
    info.field(2, QByteArray(SimMasterInfo::BuildDate));
    info.field(3, SimMasterInfo::BuildTime);
    info.field(4, QByteArray(SimMasterInfo::BuildUser));
    Writer get;
    get.field(1, info.take());
    return response(3, 4, get.take());
}

} // namespace ProtobufCodec
