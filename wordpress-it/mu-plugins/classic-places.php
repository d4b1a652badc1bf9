<?php
/**
 * Plugin Name: wp-rest IT classic places
 * Description: A classic menu location and a widget area on a block-theme site (Twenty
 * Twenty-Three registers neither), so that the integration tests can assign a menu to a
 * location and place a widget in a sidebar of the theme.
 */
add_action('after_setup_theme', function () {
    register_nav_menus(['wprest-primary' => 'wp-rest IT primary menu']);
}, 20);

add_action('widgets_init', function () {
    register_sidebar(['id' => 'wprest-sidebar', 'name' => 'wp-rest IT sidebar']);
});
