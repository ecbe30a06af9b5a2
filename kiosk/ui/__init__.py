"""The Qt side of the kiosk: view models QML binds to, and application start-up."""

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

# Two known messages from Qt's own code, not faults of the kiosk (docs/product/check-in.md):
# Qt Multimedia warns for each optional library it probes and does not find (PipeWire, VA-API),
# and the virtual keyboard's own PopupList.qml overrides a property. Our QML is held to the same
# rule by qmllint instead. Kept here, free of Qt, so the tests can set it before Qt loads.
QUIET_QT_CATEGORIES = ";".join(
    (
        "qt.multimedia.symbolsresolver.warning=false",
        "qt.qml.propertyCache.append.warning=false",
    )
)
