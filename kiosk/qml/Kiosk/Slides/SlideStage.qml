import QtQuick
import Kiosk.Backend
import Kiosk

// Shows the slideshow's current slide. Two slide views take turns: the next slide is laid out and its
// pictures loaded in the view behind the one on screen, and only then does the transition start
// (the slide on screen fades out over it, or both slide across), so no empty or half-drawn frame
// is ever shown. A horizontal swipe moves by hand.
//
// Each view is drawn into a layer, and the frames of a transition only move or blend the two
// layers: drawing the slides' large text again in every frame takes the software renderer 20 ms
// at 1920x1080 and 90 ms at 3840x2160, too slow for 60 frames a second. The next slide's layer is
// drawn in frames before the transition starts, unseen behind the one on screen, and the slide on
// screen keeps its layer at rest, ready for the next transition (benchmarks/README.md). A view is
// layered only while its pictures are loaded: the software renderer does not draw a layer again
// when a picture inside it arrives, so the layer is made once they are there.
Item {
    id: stage

    required property Slideshow slideshow
    property bool instant: false
    property int transitionMs: Theme.transitionMs
    property SlideView front: viewA
    property SlideView back: viewB
    property bool pending: false
    // From prepare() to swap(): both views keep their layers. At rest only the front one has one.
    property bool transitioning: false
    // Frames drawn since the next slide was ready; the transition starts after two (see above).
    property int framesBehind: 0
    readonly property bool moving: fade.running || push.running
    readonly property bool settled: !pending && !moving && front.ready
    readonly property real swipeThreshold: width * 0.08
    readonly property string frontName: front.objectName

    clip: true

    SlideView {
        id: viewA
        objectName: "slideViewA"
        width: stage.width
        height: stage.height
        loadsInBackground: false
        layer.enabled: !stage.instant && viewA.ready && (stage.transitioning || stage.front === viewA)
    }

    SlideView {
        id: viewB
        objectName: "slideViewB"
        width: stage.width
        height: stage.height
        visible: false
        layer.enabled: !stage.instant && viewB.ready && (stage.transitioning || stage.front === viewB)
    }

    Component.onCompleted: {
        front.content = slideshow.current;
    }

    Connections {
        target: stage.slideshow
        function onCurrentChanged() {
            stage.prepare();
        }
    }

    Connections {
        target: stage.back
        function onReadyChanged() {
            if (stage.pending && stage.back.ready)
                stage.whenDrawn();
        }
    }

    Connections {
        target: stage.Window.window
        enabled: stage.pending && stage.back.ready && !stage.instant
        function onFrameSwapped() {
            stage.framesBehind += 1;
            if (stage.framesBehind >= 2)
                stage.begin();
            else
                stage.Window.window.update();
        }
    }

    Timer {
        id: readyWait
        // A picture that takes longer than this to load is not worth holding the rotation for.
        interval: 1500
        onTriggered: if (stage.pending) stage.begin()
    }

    Timer {
        id: drawnWait
        // A window that draws no frames (hidden, minimised) still moves on.
        interval: 250
        onTriggered: if (stage.pending) stage.begin()
    }

    function prepare() {
        finish();
        drawnWait.stop();
        transitioning = true;
        // The first slide is drawn whole in the window's first frame: its pictures load at once.
        // The slides after it load theirs in the background, behind the one on screen.
        viewA.loadsInBackground = true;
        back.x = 0;
        back.opacity = 1;
        back.z = 0;
        front.z = 1;
        back.content = slideshow.current;
        back.visible = !instant;  // behind the slide on screen, so its layer is drawn unseen
        pending = true;
        if (back.ready)
            whenDrawn();
        else
            readyWait.start();
    }

    function whenDrawn() {
        readyWait.stop();
        if (instant) {
            begin();
        } else {
            framesBehind = 0;
            drawnWait.start();
            Window.window.update();  // the slide may be still, with nothing else drawing frames
        }
    }

    function begin() {
        readyWait.stop();
        drawnWait.stop();
        back.visible = true;
        if (instant) {
            swap();
        } else if (slideshow.transition === "slide") {
            back.z = 1;
            front.z = 0;
            back.x = slideshow.direction >= 0 ? width : -width;
            push.start();
        } else {
            // The slide on screen fades out over the next one, already drawn behind it: the same
            // blend as fading the next one in, with no frame spent bringing it to the front.
            fade.start();
        }
        pending = false;
    }

    function finish() {
        if (fade.running || push.running) {
            fade.stop();
            push.stop();
            back.x = 0;
            back.opacity = 1;
            swap();
        }
    }

    function swap() {
        // In this order no view loses its layer on the way, which would mean drawing it again.
        const leaving = front;
        front = back;
        back = leaving;
        back.visible = false;
        back.x = 0;
        back.opacity = 1;
        front.x = 0;
        front.opacity = 1;
        transitioning = false;
    }

    NumberAnimation {
        id: fade
        target: stage.front
        property: "opacity"
        from: 1
        to: 0
        duration: stage.transitionMs
        easing.type: Easing.InOutQuad
        onFinished: stage.swap()
    }

    ParallelAnimation {
        id: push
        NumberAnimation {
            target: stage.back
            property: "x"
            to: 0
            duration: stage.transitionMs
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage.front
            property: "x"
            to: stage.slideshow.direction >= 0 ? -stage.width : stage.width
            duration: stage.transitionMs
            easing.type: Easing.OutCubic
        }
        onFinished: stage.swap()
    }

    MouseArea {
        id: swipeArea
        objectName: "swipeArea"
        anchors.fill: parent
        property real startX: 0
        z: 10
        onPressed: mouse => startX = mouse.x
        onReleased: mouse => {
            const moved = mouse.x - startX;
            if (moved <= -stage.swipeThreshold)
                stage.slideshow.swipedNext();
            else if (moved >= stage.swipeThreshold)
                stage.slideshow.swipedPrevious();
        }
    }
}
